import { Link } from 'react-router';
import { useAuth } from '../auth';
import { formatDate } from '../format';
import { useApi, useLoad, useTitle } from '../hooks';
import { badgeOf, formatPercent, needsAction, offeringName, sortRows, type Row } from '../status';
import type { CompletionItem, OfferingUser } from '../types';
import { LoadError } from './ErrorPages';

/** Page 1: every completion of the signed-in user across providers, what needs doing first. */
export function MyCompliance() {
  useTitle('My compliance');
  const api = useApi();
  const { user } = useAuth();
  const me = user?.profile.sub ?? '';
  const rows = useLoad(async () => {
    const [completions, offeringUsers] = await Promise.all([
      api.list<CompletionItem>('/api/marketplace-offering-user-checklist-completions/', {
        user_uuid: me,
        page_size: 300,
      }),
      api.list<OfferingUser>('/api/marketplace-offering-users/', { user_uuid: me, page_size: 300 }),
    ]);
    const withChecklist = new Set(completions.items.map((c) => c.offering_user_uuid));
    const rows: Row[] = completions.items.map((item) => ({ kind: 'completion', item }));
    for (const ou of offeringUsers.items) {
      if (!ou.has_compliance_checklist && !withChecklist.has(ou.uuid)) {
        rows.push({ kind: 'not-required', offeringUser: ou });
      }
    }
    return sortRows(rows);
  }, [api, me]);

  return (
    <section>
      <h1>My compliance</h1>
      {rows.state === 'loading' && <p role="status">Loading your checklists…</p>}
      {rows.state === 'failed' && <LoadError error={rows.error} retry={rows.retry} />}
      {rows.state === 'done' && <Summary rows={rows.data} />}
      {rows.state === 'done' &&
        (rows.data.length === 0 ? (
          <p>You have no offerings with a compliance checklist.</p>
        ) : (
          <ul className="cards" aria-label="Your checklists">
            {rows.data.map((row) => (
              <CompletionCard key={row.kind === 'completion' ? row.item.uuid : row.offeringUser.uuid} row={row} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function Summary({ rows }: { rows: Row[] }) {
  const open = rows.filter(needsAction).length;
  if (rows.length === 0) {
    return null;
  }
  return (
    <p className="summary">
      {open === 0 ? 'All your checklists are done.' : `${open} of ${rows.length} ${rows.length === 1 ? 'needs' : 'need'} your answers.`}
    </p>
  );
}

function CompletionCard({ row }: { row: Row }) {
  const badge = badgeOf(row);
  const headingId = `card-${row.kind === 'completion' ? row.item.uuid : row.offeringUser.uuid}`;
  if (row.kind === 'not-required') {
    return (
      <li className="card" aria-labelledby={headingId}>
        <div className="card-head">
          <h2 id={headingId}>{row.offeringUser.offering_name}</h2>
          <span className={`badge badge-${badge.kind}`}>{badge.label}</span>
        </div>
        <p className="muted">This offering asks for no compliance checklist.</p>
      </li>
    );
  }
  const item = row.item;
  const due = formatDate(item.due_at);
  const expires = formatDate(item.expires_at);
  return (
    <li className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{offeringName(row)}</h2>
        <span className={`badge badge-${badge.kind}`}>{badge.label}</span>
      </div>
      <p className="muted">
        {item.checklist_name ?? 'Checklist'}
        {item.customer_provider_name ? ` · ${item.customer_provider_name}` : ''}
      </p>
      <div className="progress-row">
        <progress max={100} value={item.completion_percentage} aria-labelledby={`${headingId}-pct`} />
        <span id={`${headingId}-pct`}>{formatPercent(item.completion_percentage)} % answered</span>
      </div>
      <p className="dates">
        {due && (
          <span className={item.compliance_state === 'overdue' ? 'overdue-text' : undefined}>
            {item.compliance_state === 'overdue' ? `Was due ${due}` : `Due ${due}`}
          </span>
        )}
        {expires && <span>Valid until {expires}</span>}
        {!due && !expires && <span>No due date</span>}
      </p>
      <p className="card-actions">
        {needsAction(row) ? (
          <Link className="button" to={`/checklists/${item.offering_user_uuid}`} aria-describedby={headingId}>
            Complete now
          </Link>
        ) : (
          <Link to={`/checklists/${item.offering_user_uuid}`} aria-describedby={headingId}>
            View answers
          </Link>
        )}
      </p>
    </li>
  );
}
