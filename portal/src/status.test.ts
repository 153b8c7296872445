import assert from 'node:assert/strict';
import { test } from 'node:test';
import { badgeOf, sortRows, type Row } from './status';
import type { CompletionItem } from './types';

const item = (name: string, extra: Partial<CompletionItem> = {}): Row => ({
  kind: 'completion',
  item: {
    uuid: name,
    offering_user_uuid: name,
    offering_name: name,
    offering_uuid: name,
    customer_provider_name: null,
    checklist_name: null,
    is_completed: false,
    completion_percentage: 40,
    unanswered_required_questions: 1,
    requires_review: false,
    reviewed_at: null,
    due_at: null,
    completed_at: null,
    expires_at: null,
    compliance_state: 'pending',
    ...extra,
  },
});

test('badges: overdue, expiring, needs review, complete, a percentage, not required', () => {
  assert.deepEqual(badgeOf(item('a', { compliance_state: 'overdue' })), { kind: 'overdue', label: 'Overdue' });
  assert.equal(badgeOf(item('a', { compliance_state: 'expiring', is_completed: true })).label, 'Expiring');
  assert.equal(badgeOf(item('a', { is_completed: true, requires_review: true })).label, 'Needs review');
  assert.equal(
    badgeOf(item('a', { is_completed: true, requires_review: true, reviewed_at: '2025-01-01T00:00:00Z' })).label,
    'Complete',
  );
  assert.equal(badgeOf(item('a', { completion_percentage: 33.3 })).label, '33.3 %');
  const offeringUser = { uuid: 'x', offering_uuid: 'o', offering_name: 'O', has_compliance_checklist: false, state: 'OK' };
  assert.equal(badgeOf({ kind: 'not-required', offeringUser }).label, 'Not required');
});

test('overdue and pending come first, by due date', () => {
  const rows = [
    item('done', { is_completed: true, completion_percentage: 100, compliance_state: 'completed' }),
    item('later', { due_at: '2030-02-01T00:00:00Z' }),
    item('no-date'),
    item('late', { compliance_state: 'overdue', due_at: '2020-01-01T00:00:00Z' }),
    item('sooner', { due_at: '2030-01-01T00:00:00Z' }),
  ];
  assert.deepEqual(
    sortRows(rows).map((r) => (r.kind === 'completion' ? r.item.uuid : '')),
    ['late', 'sooner', 'later', 'no-date', 'done'],
  );
});
