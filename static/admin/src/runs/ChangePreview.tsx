import { useState } from 'react';
import type { Contract } from '../../../../src/domain/contract/types';
import type { ChangePreview as Preview } from '../../../../src/domain/sla/changePreview';
import type { ReevaluationRunView } from '../../../../src/resolvers/views';
import { call } from '../../../shared/api';
import { IssueLink } from '../../../shared/components/IssueLink';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { browserTimeZone, formatDeadline } from '../pages/dateTime';
import { RunStatus } from './RunProgress';
import { useRun } from './useRun';

type Outcome =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'none'; draft: Contract }
  | { status: 'started'; run: ReevaluationRunView; draft: Contract }
  | { status: 'failed'; message: string };

/**
 * "What the change does", before saving: the open issues the draft can affect, measured under
 * the draft and under the version in force on the queue (`previewChange`), then polled; per
 * agreement, how many get a later or earlier deadline and how many become breached or stop
 * being breached, with a few examples. Nothing is saved.
 */
export function ChangePreview({ draft, version }: { draft: Contract; version: number | null }) {
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const start = async () => {
    setOutcome({ status: 'starting' });
    try {
      const run = await call<ReevaluationRunView | null>('previewChange', { contract: draft });
      setOutcome(run ? { status: 'started', run, draft } : { status: 'none', draft });
    } catch (error) {
      setOutcome({ status: 'failed', message: (error as Error).message });
    }
  };
  const stale = 'draft' in outcome && outcome.draft !== draft;
  return (
    <section className="change-preview" aria-labelledby="change-preview-heading">
      <h2 id="change-preview-heading" className="page-section__heading">
        What the change does to open issues
      </h2>
      <p>
        Measure the open issues the draft can affect under the draft and under{' '}
        {version === null ? 'no contract' : `version ${version}`}, without saving anything.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button--default"
          disabled={outcome.status === 'starting'}
          onClick={() => void start()}
        >
          {outcome.status === 'idle' ? 'Preview the change' : 'Preview again'}
        </button>
        {stale && (
          <span className="subtle">
            The draft has changed since this preview: preview it again.
          </span>
        )}
      </div>
      {outcome.status === 'none' && (
        <p role="status">
          No open issue is measured differently: the draft changes nothing an agreement uses.
        </p>
      )}
      {outcome.status === 'failed' && (
        <SectionMessage appearance="error" title="The preview could not start">
          <p>{outcome.message}</p>
        </SectionMessage>
      )}
      {outcome.status === 'started' && (
        <PreviewResult key={outcome.run.id} started={outcome.run} draft={outcome.draft} />
      )}
    </section>
  );
}

function PreviewResult({ started, draft }: { started: ReevaluationRunView; draft: Contract }) {
  const { run, error, refresh } = useRun(started);
  return (
    <>
      <RunStatus run={run} error={error} onRefresh={refresh} />
      {run.preview && run.preview.agreements.length > 0 && (
        <PreviewTables preview={run.preview} draft={draft} version={run.contractVersion} />
      )}
    </>
  );
}

function PreviewTables({
  preview,
  draft,
  version,
}: {
  preview: Preview;
  draft: Contract;
  version: number | null;
}) {
  const zone = browserTimeZone();
  const agreementName = (id: string | null) =>
    id === null ? 'No agreement' : (draft.agreements.find((a) => a.id === id)?.name ?? id);
  const goalName = (id: string) => draft.goals.find((g) => g.id === id)?.name ?? id;
  const deadline = (iso: string | null) => (iso === null ? 'none' : formatDeadline(iso, zone));
  const examples = preview.agreements.flatMap((a) =>
    a.examples.map((e) => ({ ...e, agreement: a.agreement })),
  );
  return (
    <>
      <table className="data-table">
        <caption className="table-caption">
          Open issues per agreement, under the draft compared with{' '}
          {version === null ? 'no contract' : `version ${version}`}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Agreement</th>
            <th scope="col">Open issues</th>
            <th scope="col">Measured differently</th>
            <th scope="col">Later deadline</th>
            <th scope="col">Earlier deadline</th>
            <th scope="col">Become breached</th>
            <th scope="col">No longer breached</th>
          </tr>
        </thead>
        <tbody>
          {preview.agreements.map((a) => (
            <tr key={a.agreement ?? ''}>
              <th scope="row">{agreementName(a.agreement)}</th>
              <td>{a.issues}</td>
              <td>{a.changed}</td>
              <td>{a.later}</td>
              <td>{a.earlier}</td>
              <td>{a.breached}</td>
              <td>{a.unbreached}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {examples.length > 0 && (
        <table className="data-table">
          <caption className="table-caption">
            Examples of deadlines that move. Times in {zone}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Agreement</th>
              <th scope="col">Goal</th>
              <th scope="col">Deadline now</th>
              <th scope="col">Under the draft</th>
            </tr>
          </thead>
          <tbody>
            {examples.map((e) => (
              <tr key={`${e.key} ${e.goal}`}>
                <th scope="row">
                  <IssueLink issueKey={e.key} />
                </th>
                <td>{agreementName(e.agreement)}</td>
                <td>{goalName(e.goal)}</td>
                <td>{deadline(e.before)}</td>
                <td>{deadline(e.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
