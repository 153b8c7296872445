/** The badge of a row of "My compliance" and the order of the rows: what needs doing first. */
import type { CompletionItem, OfferingUser } from './types';

export type BadgeKind = 'overdue' | 'expired' | 'pending' | 'expiring' | 'needs-review' | 'complete' | 'not-required';

export interface Badge {
  kind: BadgeKind;
  label: string;
}

/** A row: a completion, or an offering of the user's that asks for no checklist. */
export type Row = { kind: 'completion'; item: CompletionItem } | { kind: 'not-required'; offeringUser: OfferingUser };

export function badgeOf(row: Row): Badge {
  if (row.kind === 'not-required') {
    return { kind: 'not-required', label: 'Not required' };
  }
  const item = row.item;
  switch (item.compliance_state) {
    case 'overdue':
      return { kind: 'overdue', label: 'Overdue' };
    case 'expired':
      return { kind: 'expired', label: 'Expired' };
    case 'expiring':
      return { kind: 'expiring', label: 'Expiring' };
    default:
      break;
  }
  if (item.requires_review && !item.reviewed_at) {
    return { kind: 'needs-review', label: 'Needs review' };
  }
  if (item.is_completed) {
    return { kind: 'complete', label: 'Complete' };
  }
  return { kind: 'pending', label: `${formatPercent(item.completion_percentage)} %` };
}

/** Whether the user has something to answer: anything not complete, and a re-certification coming up. */
export function needsAction(row: Row): boolean {
  const kind = badgeOf(row).kind;
  return kind === 'overdue' || kind === 'expired' || kind === 'pending' || kind === 'expiring';
}

const RANK: Record<BadgeKind, number> = {
  overdue: 0,
  expired: 1,
  pending: 2,
  expiring: 3,
  'needs-review': 4,
  complete: 5,
  'not-required': 6,
};

/** Overdue and pending first, each by due date (none last), then by offering name. */
export function sortRows(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => {
    const rank = RANK[badgeOf(a).kind] - RANK[badgeOf(b).kind];
    if (rank !== 0) {
      return rank;
    }
    const due = dueTime(a) - dueTime(b);
    if (due !== 0) {
      return due;
    }
    return offeringName(a).localeCompare(offeringName(b));
  });
}

function dueTime(row: Row): number {
  const due = row.kind === 'completion' ? row.item.due_at : null;
  return due ? Date.parse(due) : Number.MAX_SAFE_INTEGER;
}

export function offeringName(row: Row): string {
  return row.kind === 'completion' ? row.item.offering_name : row.offeringUser.offering_name;
}

export function formatPercent(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
