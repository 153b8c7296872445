/** The one API client: the bearer token on every call, JSON in and out, errors parsed into one shape. */

export type FieldErrors = Record<string, string[]>;

/** An error answer of the API (API.md section 1): a detail, field errors, or submit_answers' per-item list. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | undefined,
    readonly fieldErrors: FieldErrors,
    /** submit_answers: one entry per submitted item, in the order sent ({} for a good item). */
    readonly itemErrors: FieldErrors[] | undefined,
  ) {
    super(detail ?? `The server answered ${status}.`);
  }
}

/** Reads an error body: {"detail": ...}, {"field": ["message"]}, or a list aligned with the input. */
export function parseError(status: number, body: string): ApiError {
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  if (Array.isArray(json)) {
    return new ApiError(status, undefined, {}, json.map((item) => asFieldErrors(item)));
  }
  if (json && typeof json === 'object') {
    const { detail, ...rest } = json as Record<string, unknown>;
    return new ApiError(status, typeof detail === 'string' ? detail : undefined, asFieldErrors(rest), undefined);
  }
  return new ApiError(status, undefined, {}, undefined);
}

function asFieldErrors(value: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [field, messages] of Object.entries(value as Record<string, unknown>)) {
      if (Array.isArray(messages)) {
        errors[field] = messages.map(String);
      } else if (typeof messages === 'string') {
        errors[field] = [messages];
      }
    }
  }
  return errors;
}

export interface Page<T> {
  items: T[];
  /** X-Result-Count: every matching row, not only this page's. */
  count: number;
}

type Query = Record<string, string | number | boolean | undefined>;

export class Api {
  constructor(
    private readonly base: string,
    private readonly token: () => Promise<string>,
    /** Asked once when a call answers 401: a fresh token, or null to give up. */
    private readonly renew: () => Promise<string | null>,
  ) {}

  async get<T>(path: string, query?: Query): Promise<T> {
    return (await this.send<T>('GET', path, query)).body;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return (await this.send<T>('POST', path, undefined, body)).body;
  }

  async list<T>(path: string, query?: Query): Promise<Page<T>> {
    const { body, headers } = await this.send<T[]>('GET', path, query);
    const count = Number(headers.get('X-Result-Count') ?? body.length);
    return { items: body, count: Number.isFinite(count) ? count : body.length };
  }

  private async send<T>(method: string, path: string, query?: Query, body?: unknown): Promise<{ body: T; headers: Headers }> {
    const url = this.base + path + queryString(query);
    const call = (token: string) =>
      fetch(url, {
        method,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    let response = await call(await this.token());
    if (response.status === 401) {
      const fresh = await this.renew();
      if (fresh) {
        response = await call(fresh);
      }
    }
    const text = await response.text();
    if (!response.ok) {
      throw parseError(response.status, text);
    }
    return { body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  }
}

export function queryString(query?: Query): string {
  if (!query) {
    return '';
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
