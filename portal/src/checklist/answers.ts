/** The answer form's values and what is sent to submit_answers. */
import type { FieldErrors } from '../api';
import type { Question } from '../types';
import { isAbsent, visibleQuestions } from './visibility';

/** Question uuid to its answer_data as the form holds it; undefined means unanswered. */
export type Answers = Record<string, unknown>;

export function initialAnswers(questions: Question[]): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    if (q.existing_answer && !isAbsent(q.existing_answer.answer_data)) {
      answers[q.uuid] = q.existing_answer.answer_data;
    }
  }
  return answers;
}

/** Answered: any value but nothing, an empty string or an empty selection. */
export function isAnswered(value: unknown): boolean {
  if (isAbsent(value)) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return true;
}

export interface Progress {
  answered: number;
  total: number;
}

/** "{answered}/{total} answered" over the questions visible under the current answers. */
export function progress(questions: Question[], answers: Answers): Progress {
  const visible = visibleQuestions(questions, answers);
  return { answered: visible.filter((q) => isAnswered(answers[q.uuid])).length, total: visible.length };
}

export interface SubmitItem {
  question_uuid: string;
  answer_data: unknown;
}

/**
 * What saving sends: every answered visible question, and null for a visible question whose saved answer was cleared.
 * Hidden questions are left as they are (the server ignores their answers until they show again).
 */
export function submission(questions: Question[], answers: Answers, saved: Answers): SubmitItem[] {
  const items: SubmitItem[] = [];
  for (const q of visibleQuestions(questions, answers)) {
    const value = answers[q.uuid];
    if (isAnswered(value)) {
      items.push({ question_uuid: q.uuid, answer_data: value });
    } else if (isAnswered(saved[q.uuid])) {
      items.push({ question_uuid: q.uuid, answer_data: null });
    }
  }
  return items;
}

/** The per-item errors of a 400, put on the questions they were about (the list is aligned with the items sent). */
export function errorsByQuestion(items: SubmitItem[], itemErrors: FieldErrors[]): Record<string, string[]> {
  const byQuestion: Record<string, string[]> = {};
  itemErrors.forEach((errors, i) => {
    const item = items[i];
    const messages = Object.values(errors ?? {}).flat();
    if (item && messages.length > 0) {
      byQuestion[item.question_uuid] = messages;
    }
  });
  return byQuestion;
}
