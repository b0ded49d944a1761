import { useEffect, useState } from 'react';
import type { IssueSlaView } from '../../../src/resolvers/views';
import { call } from '../../shared/api';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { AgreementSummary } from './AgreementSummary';
import { GoalList } from './GoalList';
import { instantText } from './goalText';
import { NextAction } from './NextAction';
import { useWallClock } from './useWallClock';
import './App.css';

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly view: IssueSlaView; readonly receivedAt: number };

/** The issue panel: the SLA of one issue, from one `getIssueSla` call. */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    call<IssueSlaView>('getIssueSla').then(
      (view) => current && setLoad({ status: 'ready', view, receivedAt: Date.now() }),
      (error: unknown) => current && setLoad({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  const ticking = load.status === 'ready' && load.view.goals.some((g) => g.state === 'running');
  const wall = useWallClock(ticking);

  if (load.status === 'loading') {
    return (
      <main className="panel">
        <Spinner label="Loading the SLA…" />
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="panel">
        <ResolverErrorMessage error={load.error} what="the SLA of this issue" />
      </main>
    );
  }

  const { view, receivedAt } = load;
  if (!view.agreement) {
    return (
      <main className="panel">
        <SectionMessage appearance="information" title="No service level agreement">
          <p>No SLA applies: {view.reason ?? 'no agreement matches this issue.'}</p>
        </SectionMessage>
      </main>
    );
  }
  const sinceMs = Math.max(0, wall - receivedAt);
  const now = Date.parse(view.now) + sinceMs;
  return (
    <main className="panel">
      <NextAction next={view.nextAction} goals={view.goals} timeZone={view.timeZone} now={now} />
      <AgreementSummary view={view} />
      <GoalList goals={view.goals} timeZone={view.timeZone} now={now} sinceMs={sinceMs} />
      <p className="panel__footer">
        Times in {view.timeZone}. Evaluated{' '}
        <time dateTime={view.now}>{instantText(view.now, view.timeZone)}</time>; time left is
        business time, counted down here on the wall clock.
      </p>
    </main>
  );
}
