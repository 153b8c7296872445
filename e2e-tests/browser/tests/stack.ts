/**
 * The running local stack as the tests see it: users made through Keycloak's admin API (master admin, local only),
 * tokens from the public client compliance-cli with the password grant, and API calls through the gateway
 * (test-support's KeycloakUsers does the same for the Java suites).
 */
import { randomUUID } from 'node:crypto';

export const GATEWAY = process.env.GATEWAY_URL ?? 'http://localhost:8080';
export const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const REALM = 'compliance';

export interface TestUser {
  id: string;
  hexId: string;
  username: string;
  password: string;
  fullName: string;
}

async function form(url: string, fields: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${url}: ${response.status} ${text}`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

async function adminToken(): Promise<string> {
  const body = await form(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    grant_type: 'password',
    client_id: 'admin-cli',
    username: 'admin',
    password: 'admin',
  });
  return String(body.access_token);
}

/** A fresh user in realm compliance whose password is its username, with the given realm roles. */
export async function createUser(prefix: string, ...realmRoles: string[]): Promise<TestUser> {
  const username = `${prefix}-${randomUUID().slice(0, 8)}`.toLowerCase();
  const first = prefix.charAt(0).toUpperCase() + prefix.slice(1).replace(/-/g, ' ');
  const token = await adminToken();
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${KEYCLOAK}/admin/realms/${REALM}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    });
  const created = await admin('/users', {
    method: 'POST',
    body: JSON.stringify({
      username,
      enabled: true,
      email: `${username}@example.org`,
      emailVerified: true,
      firstName: first,
      lastName: 'Tester',
      credentials: [{ type: 'password', value: username, temporary: false }],
    }),
  });
  if (created.status !== 201) {
    throw new Error(`creating user ${username}: ${created.status} ${await created.text()}`);
  }
  const location = created.headers.get('Location') ?? '';
  const id = location.slice(location.lastIndexOf('/') + 1);
  if (realmRoles.length > 0) {
    const roles = [];
    for (const role of realmRoles) {
      roles.push(await (await admin(`/roles/${role}`)).json());
    }
    const mapped = await admin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify(roles) });
    if (!mapped.ok) {
      throw new Error(`roles of ${username}: ${mapped.status}`);
    }
  }
  return { id, hexId: id.replace(/-/g, ''), username, password: username, fullName: `${first} Tester` };
}

export async function token(user: TestUser): Promise<string> {
  const body = await form(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    grant_type: 'password',
    client_id: 'compliance-cli',
    username: user.username,
    password: user.password,
  });
  return String(body.access_token);
}

/** Calls the API through the gateway as a user; answers the parsed body, failing on an unexpected status. */
export async function call<T>(bearer: string, method: string, path: string, body?: unknown, expect = [200, 201]): Promise<T> {
  const response = await fetch(GATEWAY + path, {
    method,
    headers: {
      Authorization: `Bearer ${bearer}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!expect.includes(response.status)) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Polls until the check passes or the time is up (the reports follow the events within a second or so). */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const result = await check();
      if (result !== undefined) {
        return result;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what}: not within ${seconds}s${last ? ` (${String(last)})` : ''}`);
}

export interface Scenario {
  user: TestUser;
  /** The checklist whose second question shows only after the first is answered yes. */
  privacy: { offering: string; offeringName: string; offeringUser: string; processes: string; officer: string };
  /** A second pending checklist. */
  terms: { offeringName: string; offeringUser: string };
}

/**
 * A provider with two offerings, each with its own checklist, and a fresh user of both: two pending checklists.
 * Made by a staff user through the API, as an operator would.
 */
export async function createScenario(): Promise<Scenario> {
  const staff = await token(await createUser('portal-staff', 'staff'));
  const user = await createUser('portal-user');
  const suffix = randomUUID().slice(0, 6);
  const customer = (await call<{ uuid: string }>(staff, 'POST', '/api/customers/', { name: `Portal Cloud ${suffix}` })).uuid;
  await call(staff, 'POST', '/api/marketplace-service-providers/', { customer });

  const checklist = async (name: string) =>
    (await call<{ uuid: string }>(staff, 'POST', '/api/checklists-admin/', { name, checklist_type: 'offering_compliance' }))
      .uuid;
  const question = async (checklistUuid: string, order: number, fields: Record<string, unknown>) =>
    (
      await call<{ uuid: string }>(staff, 'POST', '/api/checklists-admin/questions/', {
        checklist: checklistUuid,
        order,
        required: true,
        ...fields,
      })
    ).uuid;
  const offering = async (name: string, checklistUuid: string, dueDays: number) => {
    const uuid = (await call<{ uuid: string }>(staff, 'POST', '/api/marketplace-provider-offerings/', { name, customer })).uuid;
    // a due date for the list to show (set before the checklist, so the completions are made with it)
    await call(staff, 'PUT', `/api/marketplace-provider-offerings/${uuid}/compliance_policy/`, {
      due_days: dueDays,
      reminder_days: [7, 1, 0],
      overdue_every_days: 7,
      escalate_after: null,
      recertify_every_days: null,
      grace_days: 14,
    });
    await call(staff, 'POST', `/api/marketplace-provider-offerings/${uuid}/update_compliance_checklist/`, {
      compliance_checklist: checklistUuid,
    });
    const ou = await call<{ uuid: string }>(staff, 'POST', '/api/marketplace-offering-users/', {
      offering: uuid,
      user: user.hexId,
      username: user.username,
    });
    return { offering: uuid, offeringUser: ou.uuid };
  };

  const privacyChecklist = await checklist(`Data protection ${suffix}`);
  const processes = await question(privacyChecklist, 1, {
    description: 'Will you process personal data on this service?',
    question_type: 'boolean',
    user_guidance: 'Personal data is anything that identifies a person, such as a name or an email address.',
  });
  const officer = await question(privacyChecklist, 2, {
    description: 'Email address of your data protection officer',
    question_type: 'email',
  });
  await call(staff, 'POST', '/api/checklists-admin/question-dependencies/', {
    question: officer,
    depends_on_question: processes,
    required_answer_value: true,
    operator: 'equals',
  });
  const termsChecklist = await checklist(`Terms of use ${suffix}`);
  await question(termsChecklist, 1, { description: 'What will you use the service for?', question_type: 'text_area' });

  const privacyName = `GPU cluster ${suffix}`;
  const termsName = `Object storage ${suffix}`;
  const privacy = await offering(privacyName, privacyChecklist, 14);
  const terms = await offering(termsName, termsChecklist, 30);

  // the user's list comes from the reports, which follow the events
  const userToken = await token(user);
  await eventually('two completions in the user\'s list', async () => {
    const items = await call<unknown[]>(
      userToken,
      'GET',
      `/api/marketplace-offering-user-checklist-completions/?user_uuid=${user.hexId}`,
    );
    return items.length === 2 ? items : undefined;
  });
  return {
    user,
    privacy: { ...privacy, offeringName: privacyName, processes, officer },
    terms: { offeringName: termsName, offeringUser: terms.offeringUser },
  };
}
