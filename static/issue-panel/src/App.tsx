import { useEffect, useState } from 'react';
import type { IssueSlaView } from '../../../src/resolvers/views';
import { call } from '../../shared/api';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { AgreementSummary } from './AgreementSummary';
import { DevelopmentSection } from './DevelopmentSection';
import { FeedbackSection } from './FeedbackSection';
import { GoalList } from './GoalList';
import { instantText } from './goalText';
import { NextAction } from './NextAction';
import { useWallClock } from './useWallClock';
import './App.css';

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly view: IssueSlaView; readonly receivedAt: number };

/**
 * The issue panel: the SLA of one issue, from one `getIssueSla` call, and the customer feedback
 * on it (its own calls), on every issue, with or without an SLA.
 */
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

  // The feedback section keeps its place whatever the SLA's state, so it loads once.
  return (
    <main className="panel">
      <SlaContent load={load} wall={wall} />
      <DevelopmentSection />
      <FeedbackSection />
    </main>
  );
}

/** The SLA part of the panel: loading, failed, no agreement, or the goals. */
function SlaContent({ load, wall }: { load: Load; wall: number }) {
  if (load.status === 'loading') return <Spinner label="Loading the SLA…" />;
  if (load.status === 'failed') {
    return <ResolverErrorMessage error={load.error} what="the SLA of this issue" />;
  }
  const { view, receivedAt } = load;
  if (!view.agreement) {
    return (
      <SectionMessage appearance="information" title="No service level agreement">
        <p>No SLA applies: {view.reason ?? 'no agreement matches this issue.'}</p>
      </SectionMessage>
    );
  }
  const sinceMs = Math.max(0, wall - receivedAt);
  const now = Date.parse(view.now) + sinceMs;
  return (
    <>
      <NextAction next={view.nextAction} goals={view.goals} timeZone={view.timeZone} now={now} />
      <AgreementSummary view={view} />
      <GoalList goals={view.goals} timeZone={view.timeZone} now={now} sinceMs={sinceMs} />
      <p className="panel__footer">
        Times in {view.timeZone}. Evaluated{' '}
        <time dateTime={view.now}>{instantText(view.now, view.timeZone)}</time>; time left is
        business time, counted down here on the wall clock.
      </p>
    </>
  );
}
