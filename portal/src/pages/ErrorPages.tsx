import { Link } from 'react-router';
import { ApiError } from '../api';
import { useTitle } from '../hooks';

export function NotFound() {
  useTitle('Not found');
  return (
    <section className="message-page">
      <h1>Page not found</h1>
      <p>There is nothing here, or it is not yours to see. Check the link, or start again from your checklists.</p>
      <p>
        <Link to="/">Go to My compliance</Link>
      </p>
    </section>
  );
}

export function Forbidden() {
  useTitle('Not allowed');
  return (
    <section className="message-page">
      <h1>You cannot open this</h1>
      <p>You are signed in, but your account may not do this. If you think it should, ask the offering's provider.</p>
      <p>
        <Link to="/">Go to My compliance</Link>
      </p>
    </section>
  );
}

/** A failed load: the friendly page for 403 and 404, otherwise the API's message and a way to try again. */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  if (error instanceof ApiError && error.status === 404) {
    return <NotFound />;
  }
  if (error instanceof ApiError && error.status === 403) {
    return <Forbidden />;
  }
  const message =
    error instanceof ApiError
      ? error.detail ?? `The server answered ${error.status}.`
      : 'The server could not be reached. Check your connection.';
  return (
    <section className="message-page">
      <h1>Something went wrong</h1>
      <p role="alert">{message}</p>
      <p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </p>
    </section>
  );
}
