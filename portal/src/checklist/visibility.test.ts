// The server's visibility rules (checklist-service rules/VisibilityTest.java, OperatorsTest.java) on the client.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dependency, Operator } from '../types';
import { applyOperator, visibleQuestions, type VisibilityQuestion } from './visibility';

let next = 0;
const uuid = () => (++next).toString(16).padStart(32, '0');
const q = (deps: Dependency[] = [], logic: 'and' | 'or' = 'and', id = uuid()): VisibilityQuestion => ({
  uuid: id,
  dependency_logic_operator: logic,
  dependencies: deps,
});
const dep = (on: VisibilityQuestion, operator: Operator, value: unknown): Dependency => ({
  depends_on_question: on.uuid,
  operator,
  required_answer_value: value,
});

const hasData = q();
const country = q();

test('questions without dependencies are always visible', () => {
  assert.deepEqual(visibleQuestions([hasData, country], {}), [hasData, country]);
});

test('a dependency holds or not', () => {
  const details = q([dep(hasData, 'equals', true)]);
  assert.deepEqual(visibleQuestions([hasData, details], { [hasData.uuid]: true }), [hasData, details]);
  assert.deepEqual(visibleQuestions([hasData, details], { [hasData.uuid]: false }), [hasData]);
});

test('a dependency on an unanswered question is false, even for negative operators', () => {
  const ifNotTrue = q([dep(hasData, 'not_equals', true)]);
  const ifNotIn = q([dep(country, 'not_in', ['US'])]);
  assert.deepEqual(visibleQuestions([hasData, country, ifNotTrue, ifNotIn], {}), [hasData, country]);
});

test('and needs every dependency, or any', () => {
  const both = q([dep(hasData, 'equals', true), dep(country, 'in', ['US', 'CA'])], 'and');
  const either = q([dep(hasData, 'equals', true), dep(country, 'in', ['US', 'CA'])], 'or');
  const all = [hasData, country, both, either];
  assert.deepEqual(visibleQuestions(all, { [hasData.uuid]: true, [country.uuid]: 'US' }), all);
  assert.deepEqual(visibleQuestions(all, { [hasData.uuid]: true, [country.uuid]: 'EE' }), [hasData, country, either]);
  assert.deepEqual(visibleQuestions(all, { [hasData.uuid]: false, [country.uuid]: 'CA' }), [hasData, country, either]);
  assert.deepEqual(visibleQuestions(all, { [hasData.uuid]: false, [country.uuid]: 'EE' }), [hasData, country]);
});

test('logic defaults to and', () => {
  const plain: VisibilityQuestion = { uuid: uuid(), dependencies: [dep(hasData, 'equals', true), dep(country, 'equals', 'EE')] };
  assert.deepEqual(visibleQuestions([hasData, country, plain], { [hasData.uuid]: true }), [hasData, country]);
});

test('a dependency on a hidden question counts as unanswered, so hiding cascades whatever the order', () => {
  const middle = q([dep(hasData, 'equals', true)]);
  const leaf = q([dep(middle, 'equals', 'EE')]);
  const all = [leaf, middle, hasData];
  assert.deepEqual(visibleQuestions(all, { [hasData.uuid]: false, [middle.uuid]: 'EE' }), [hasData]);
  assert.deepEqual(visibleQuestions(all, { [hasData.uuid]: true, [middle.uuid]: 'EE' }), all);
});

test('a dependency on an unknown question is false, and cycles terminate and hide', () => {
  const ghost = q();
  const orphan = q([dep(ghost, 'equals', true)]);
  assert.deepEqual(visibleQuestions([orphan], { [ghost.uuid]: true }), []);
  const aId = uuid();
  const bId = uuid();
  const a = q([{ depends_on_question: bId, operator: 'equals', required_answer_value: true }], 'and', aId);
  const b = q([dep(a, 'equals', true)], 'and', bId);
  const selfId = uuid();
  const self = q([{ depends_on_question: selfId, operator: 'equals', required_answer_value: true }], 'and', selfId);
  assert.deepEqual(visibleQuestions([a, b, self, hasData], { [aId]: true, [bId]: true, [selfId]: true }), [hasData]);
});

test('answer keys may be hyphenated or upper case', () => {
  const details = q([dep(hasData, 'equals', true)]);
  const h = hasData.uuid;
  const hyphenated = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`.toUpperCase();
  assert.deepEqual(visibleQuestions([hasData, details], { [hyphenated]: true }), [hasData, details]);
});

test('operators: equality by JSON value, numbers by value', () => {
  assert.equal(applyOperator('equals', 1, 1.0), true);
  assert.equal(applyOperator('equals', 'true', true), false);
  assert.equal(applyOperator('equals', ['a', 'b'], ['a', 'b']), true);
  assert.equal(applyOperator('equals', { a: 1 }, { a: 1.0 }), true);
  assert.equal(applyOperator('not_equals', 'x', 'y'), true);
  assert.equal(applyOperator('not_equals', null, 'y'), false);
});

test('operators: contains is a substring of a string, an element of an array, any of a list', () => {
  assert.equal(applyOperator('contains', 'personal data', 'data'), true);
  assert.equal(applyOperator('contains', ['a', 'b'], 'b'), true);
  assert.equal(applyOperator('contains', ['a', 'b'], ['x', 'a']), true);
  assert.equal(applyOperator('contains', 12, 1), false);
  assert.equal(applyOperator('contains', 'abc', ['x', 'b']), true);
});

test('operators: in and not_in check the answer, or every element of an array answer', () => {
  assert.equal(applyOperator('in', 'EE', ['EE', 'LV']), true);
  assert.equal(applyOperator('in', ['EE', 'LV'], ['EE', 'LV', 'LT']), true);
  assert.equal(applyOperator('in', ['EE', 'US'], ['EE', 'LV']), false);
  assert.equal(applyOperator('in', [], ['EE']), false);
  assert.equal(applyOperator('not_in', [], ['EE']), false);
  assert.equal(applyOperator('not_in', 'US', ['EE']), true);
  assert.equal(applyOperator('in', 'EE', 'EE'), true);
  assert.equal(applyOperator('in', 'E', 'EE'), false);
});
