import { useEffect, useState } from 'react';
import type { AdminConfig } from '../../../src/resolvers/views';
import { call, ResolverCallError } from '../../shared/api';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { AdminPage } from './AdminPage';
import { DEFAULT_POLL_MS, PollInterval } from './runs/useRun';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; config: AdminConfig }
  | { status: 'forbidden' }
  | { status: 'failed'; error: unknown };

/**
 * The admin page (`jira:adminPage`): loads the configuration, then edits it. `pollMs`: how often
 * a run's progress is read again.
 */
export function App({ validateDelayMs, pollMs }: { validateDelayMs?: number; pollMs?: number }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    call<AdminConfig>('getConfig').then(
      (config) => setLoaded({ status: 'ready', config }),
      (error: unknown) =>
        setLoaded(
          error instanceof ResolverCallError && error.failure.code === 'forbidden'
            ? { status: 'forbidden' }
            : { status: 'failed', error },
        ),
    );
  }, []);
  switch (loaded.status) {
    case 'loading':
      return <Spinner label="Loading the contract…" />;
    case 'forbidden':
      return (
        <main className="admin admin--message">
          <SectionMessage appearance="warning">
            <p>Only Jira administrators can manage SLA contracts</p>
          </SectionMessage>
        </main>
      );
    case 'failed':
      return (
        <main className="admin admin--message">
          <ResolverErrorMessage error={loaded.error} what="the contract" />
        </main>
      );
    case 'ready':
      return (
        <main>
          <PollInterval.Provider value={pollMs ?? DEFAULT_POLL_MS}>
            <AdminPage config={loaded.config} validateDelayMs={validateDelayMs} />
          </PollInterval.Provider>
        </main>
      );
  }
}
