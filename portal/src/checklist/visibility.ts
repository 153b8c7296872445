/**
 * Which questions are shown under their dependencies: the server's rules (checklist-service rules/Visibility.java and
 * Operators.java) in TypeScript, so the form re-evaluates them as answers change. A dependency on a hidden question
 * counts as unanswered, so hiding cascades; a dependency on an unknown question, or one that closes a cycle, is false.
 */
import type { Dependency, Operator } from '../types';

export interface VisibilityQuestion {
  uuid: string;
  dependency_logic_operator?: 'and' | 'or' | null;
  dependencies?: Dependency[];
}

/** Uuids compare in the API's canonical form: lower case, no hyphens. */
export function canonical(uuid: string): string {
  return uuid.replace(/-/g, '').toLowerCase();
}

/** The visible questions, in the given order; answers are keyed by question uuid (hex or hyphenated). */
export function visibleQuestions<Q extends VisibilityQuestion>(questions: Q[], answers: Record<string, unknown>): Q[] {
  const byUuid = new Map<string, Q>();
  for (const q of questions) {
    if (!byUuid.has(canonical(q.uuid))) {
      byUuid.set(canonical(q.uuid), q);
    }
  }
  const given = new Map<string, unknown>();
  for (const [uuid, answer] of Object.entries(answers)) {
    given.set(canonical(uuid), answer);
  }
  const visible = new Map<string, boolean>();
  const inProgress = new Set<string>();

  const isVisible = (q: Q): boolean => {
    const id = canonical(q.uuid);
    const known = visible.get(id);
    if (known !== undefined) {
      return known;
    }
    if (inProgress.has(id)) {
      return false; // met again while being evaluated: a cycle
    }
    inProgress.add(id);
    const result = dependenciesHold(q);
    inProgress.delete(id);
    visible.set(id, result);
    return result;
  };

  const holds = (d: Dependency): boolean => {
    const target = byUuid.get(canonical(d.depends_on_question));
    if (!target || !isVisible(target)) {
      return false;
    }
    return applyOperator(d.operator, given.get(canonical(target.uuid)), d.required_answer_value);
  };

  const dependenciesHold = (q: Q): boolean => {
    const dependencies = q.dependencies ?? [];
    if (dependencies.length === 0) {
      return true;
    }
    return q.dependency_logic_operator === 'or' ? dependencies.some(holds) : dependencies.every(holds);
  };

  return questions.filter(isVisible);
}

/** No answer: undefined or null. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** An operator applied to an answer; no answer gives false for every operator, not_equals and not_in included. */
export function applyOperator(op: Operator, answer: unknown, expected: unknown): boolean {
  if (isAbsent(answer)) {
    return false;
  }
  switch (op) {
    case 'equals':
      return same(answer, expected);
    case 'not_equals':
      return !same(answer, expected);
    case 'contains':
      return asList(expected).some((wanted) => containsOne(answer, wanted));
    case 'in':
      return everyValue(answer, (v) => isMember(v, expected));
    case 'not_in':
      return everyValue(answer, (v) => !isMember(v, expected));
    default:
      return false;
  }
}

/** JSON equality; numbers compare by value (1 equals 1.0). */
export function same(a: unknown, b: unknown): boolean {
  if (isAbsent(a) || isAbsent(b)) {
    return isAbsent(a) && isAbsent(b);
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((element, i) => same(element, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k], b[k]));
  }
  return a === b;
}

/** Substring for a string answer, element for an array answer; numbers and booleans contain nothing. */
function containsOne(answer: unknown, wanted: unknown): boolean {
  if (typeof answer === 'string') {
    return typeof wanted === 'string' && answer.includes(wanted);
  }
  if (Array.isArray(answer)) {
    return answer.some((element) => same(element, wanted));
  }
  return false;
}

/** The answer itself, or every element of an array answer; an empty array matches nothing. */
function everyValue(answer: unknown, test: (value: unknown) => boolean): boolean {
  if (!Array.isArray(answer)) {
    return test(answer);
  }
  return answer.length > 0 && answer.every(test);
}

function isMember(value: unknown, expected: unknown): boolean {
  return asList(expected).some((candidate) => same(value, candidate));
}

/** An array's elements; any other value (a string included) is a one-element list. */
function asList(expected: unknown): unknown[] {
  return Array.isArray(expected) ? expected : [expected];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
