import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Question } from '../types';
import { errorsByQuestion, isAnswered, progress, submission } from './answers';

const question = (uuid: string, extra: Partial<Question> = {}): Question => ({
  uuid,
  description: uuid,
  question_type: 'text_input',
  required: true,
  order: 1,
  user_guidance: null,
  min_value: null,
  max_value: null,
  dependency_logic_operator: 'and',
  dependencies: [],
  existing_answer: null,
  question_options: [],
  ...extra,
});

const processes = question('a'.repeat(32), { question_type: 'boolean' });
const officer = question('b'.repeat(32), {
  question_type: 'email',
  dependencies: [{ depends_on_question: processes.uuid, operator: 'equals', required_answer_value: true }],
});
const questions = [processes, officer];

test('progress counts the visible questions only', () => {
  assert.deepEqual(progress(questions, {}), { answered: 0, total: 1 });
  assert.deepEqual(progress(questions, { [processes.uuid]: true }), { answered: 1, total: 2 });
  assert.deepEqual(progress(questions, { [processes.uuid]: true, [officer.uuid]: 'dpo@example.org' }), {
    answered: 2,
    total: 2,
  });
  assert.deepEqual(progress(questions, { [processes.uuid]: false, [officer.uuid]: 'dpo@example.org' }), {
    answered: 1,
    total: 1,
  });
});

test('a save sends the answered visible questions, and null for a saved answer cleared', () => {
  assert.deepEqual(submission(questions, { [processes.uuid]: false, [officer.uuid]: 'x' }, {}), [
    { question_uuid: processes.uuid, answer_data: false },
  ]);
  assert.deepEqual(submission(questions, { [processes.uuid]: true }, { [officer.uuid]: 'old@example.org' }), [
    { question_uuid: processes.uuid, answer_data: true },
    { question_uuid: officer.uuid, answer_data: null },
  ]);
});

test('per-item errors land on the question each item was about', () => {
  const items = [
    { question_uuid: processes.uuid, answer_data: true },
    { question_uuid: officer.uuid, answer_data: 'nope' },
  ];
  assert.deepEqual(errorsByQuestion(items, [{}, { non_field_errors: ['Answer value is not valid'] }]), {
    [officer.uuid]: ['Answer value is not valid'],
  });
});

test('empty text and empty selections are not answers; false and 0 are', () => {
  assert.equal(isAnswered(''), false);
  assert.equal(isAnswered('  '), false);
  assert.equal(isAnswered([]), false);
  assert.equal(isAnswered(undefined), false);
  assert.equal(isAnswered(false), true);
  assert.equal(isAnswered(0), true);
});
