import { useEffect, useState, type FormEvent } from 'react';
import type { DevelopmentView } from '../../../src/resolvers/devHandoverViews';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { IssueLink } from '../../shared/components/IssueLink';
import { Lozenge } from '../../shared/components/Lozenge';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import './DevelopmentSection.css';

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly view: DevelopmentView };

/**
 * "Development": the case's development issue (a link through the bridge's router), its status,
 * the version that fixes it and which of the customer's environments already run that version;
 * before a hand-over, "Send to development" (optionally to an existing issue) for agents who may
 * edit the case. Its own calls, so the SLA above never waits for it.
 */
export function DevelopmentSection() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    call<DevelopmentView>('getDevelopment').then(
      (view) => current && setLoad({ status: 'ready', view }),
      (error: unknown) => current && setLoad({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  // Customers and agents who may not hand over see nothing of a case not handed over.
  if (load.status === 'ready' && !load.view.handover && !load.view.canHandOver) return null;
  return (
    <section className="development" aria-labelledby="development-heading">
      <h2 className="subtle-heading" id="development-heading">
        Development
      </h2>
      {load.status === 'loading' && <p className="development__note">Loading…</p>}
      {load.status === 'failed' && (
        // A note, not an alert: the SLA above is what the panel is for.
        <p className="development__note">
          The development status could not be loaded:{' '}
          {load.error instanceof Error ? load.error.message : String(load.error)}
        </p>
      )}
      {load.status === 'ready' &&
        (load.view.handover ? (
          <HandoverDetails view={load.view} handover={load.view.handover} />
        ) : (
          <HandOverForm
            view={load.view}
            onHandedOver={(view) => setLoad({ status: 'ready', view })}
          />
        ))}
    </section>
  );
}

function HandoverDetails({
  view,
  handover,
}: {
  view: DevelopmentView;
  handover: NonNullable<DevelopmentView['handover']>;
}) {
  if (handover.devKey === null) {
    return <p className="development__note">Being handed over to development…</p>;
  }
  return (
    <dl className="development__facts">
      <dt>Issue</dt>
      <dd>
        <IssueLink issueKey={handover.devKey} />{' '}
        {handover.devStatus && <Lozenge>{handover.devStatus}</Lozenge>}
      </dd>
      <dt>Fixed in</dt>
      <dd>{handover.fixedIn ?? 'Not yet'}</dd>
      {handover.fixedIn && view.environments.length > 0 && (
        <>
          <dt>Environments</dt>
          <dd>
            <ul className="development__environments" aria-label="Environments">
              {view.environments.map((env) => (
                <li key={env.id}>
                  {env.name} · {env.version ?? 'version unknown'}{' '}
                  {env.runsFix === true && <Lozenge appearance="success">Has the fix</Lozenge>}
                  {env.runsFix === false && <Lozenge>Waiting</Lozenge>}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function HandOverForm({
  view,
  onHandedOver,
}: {
  view: DevelopmentView;
  onHandedOver: (view: DevelopmentView) => void;
}) {
  const [devKey, setDevKey] = useState('');
  const [state, setState] = useState<
    { status: 'idle' | 'sending' } | { status: 'failed'; error: unknown }
  >({ status: 'idle' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ status: 'sending' });
    const existing = devKey.trim();
    call<DevelopmentView>('handOverToDevelopment', {
      issueKey: view.issueKey,
      ...(existing !== '' && { devKey: existing }),
    }).then(onHandedOver, (error: unknown) => setState({ status: 'failed', error }));
  };

  return (
    <form className="development__form" onSubmit={submit} aria-label="Send to development">
      <label className="development__field">
        Existing development issue (optional)
        <input
          value={devKey}
          placeholder={view.configured ? 'Leave empty to create one' : 'e.g. DEV-42'}
          maxLength={64}
          onChange={(e) => setDevKey(e.target.value)}
        />
      </label>
      {!view.configured && (
        <p className="development__note">
          No development project is configured: only an existing issue can be linked.
        </p>
      )}
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={state.status === 'sending' || (!view.configured && devKey.trim() === '')}
        >
          {state.status === 'sending' ? 'Sending…' : 'Send to development'}
        </Button>
      </div>
      {state.status === 'failed' && (
        <ResolverErrorMessage error={state.error} what="the hand-over" />
      )}
    </form>
  );
}
