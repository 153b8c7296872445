import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Api } from './api';

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) {
    throw new Error('useApi outside ApiContext');
  }
  return api;
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown; retry: () => void }
  | { state: 'done'; data: T; reload: () => void };

/** Runs a load when its inputs change; stale answers of an earlier load are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [result, setResult] = useState<{ state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'done'; data: T }>(
    { state: 'loading' },
  );
  const [round, setRound] = useState(0);
  const again = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'done', data }),
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  if (result.state === 'failed') {
    return { ...result, retry: again };
  }
  if (result.state === 'done') {
    return { ...result, reload: again };
  }
  return result;
}

/** The document's title follows the page. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Compliance portal`;
  }, [title]);
}
