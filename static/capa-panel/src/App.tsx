import { view } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import type { CapaPanelData } from '../../../src/resolvers/capaViews';
import { call } from '../../shared/api';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { CapaPanel } from './CapaPanel';
import './App.css';

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly issueKey: string; readonly data: CapaPanelData };

/**
 * The CAPA panel: the corrective and preventive action of a non-conformity, step by step
 * (ISO 9001 §10.2), from one `getCapa` call; every change is one `applyCapaCommand`, which
 * answers the panel's new data. On any other issue it says the issue is no non-conformity.
 */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    view
      .getContext()
      .then(async (context) => {
        const issueKey = (context.extension as { issue?: { key?: string } }).issue?.key ?? '';
        const data = await call<CapaPanelData>('getCapa', { issueKey });
        if (current) setLoad({ status: 'ready', issueKey, data });
      })
      .catch((error: unknown) => current && setLoad({ status: 'failed', error }));
    return () => {
      current = false;
    };
  }, []);

  const replace = useCallback(
    (data: CapaPanelData) => setLoad((l) => (l.status === 'ready' ? { ...l, data } : l)),
    [],
  );

  if (load.status === 'loading') {
    return (
      <main className="capa" aria-busy="true">
        <Spinner label="Loading the CAPA…" />
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="capa">
        <ResolverErrorMessage error={load.error} what="the CAPA of this issue" />
      </main>
    );
  }
  if (!load.data.nonConformity) {
    return (
      <main className="capa">
        <SectionMessage appearance="information" title="Not a non-conformity">
          <p>This issue is not a non-conformity, so it has no CAPA.</p>
        </SectionMessage>
      </main>
    );
  }
  return (
    <main className="capa">
      <CapaPanel issueKey={load.issueKey} view={load.data} onChange={replace} />
    </main>
  );
}
