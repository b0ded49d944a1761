import { useCallback, useEffect, useState } from 'react';
import type {
  EnvironmentVersionView,
  EnvironmentVersionsView,
} from '../../../../src/resolvers/environmentVersionsViews';
import { call } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { EnvironmentCard } from './EnvironmentCard';
import './environments.css';

/**
 * The Environments tab: each environment of the contract in force with the version it runs,
 * how to change it (by hand, or from a deployment pipeline through the web trigger), its
 * history and the cases waiting for a version (`src/resolvers/environmentVersions.ts`).
 */
export function EnvironmentsPage() {
  const [view, setView] = useState<EnvironmentVersionsView | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    call<EnvironmentVersionsView>('listEnvironmentVersions').then(setView, setError);
  }, []);
  useEffect(load, [load]);

  const replace = (environment: EnvironmentVersionView) =>
    setView(
      (current) =>
        current && {
          ...current,
          environments: current.environments.map((e) =>
            e.id === environment.id ? environment : e,
          ),
        },
    );

  if (error !== null) return <ResolverErrorMessage error={error} what="the environments" />;
  if (!view) return <p>Loading environments…</p>;
  return (
    <section className="environments" aria-labelledby="environments-heading">
      <h2 id="environments-heading">Environments</h2>
      <p>
        The version each customer environment runs. When it rises to a version a case was fixed in,
        the case is closed. Deployment pipelines report versions to the web trigger with the
        environment’s secret; versions can also be set here.
      </p>
      {view.environments.length === 0 ? (
        <p className="empty-state">The contract has no environments.</p>
      ) : (
        view.environments.map((environment) => (
          <EnvironmentCard
            key={environment.id}
            environment={environment}
            webTriggerUrl={view.webTriggerUrl}
            onChange={replace}
          />
        ))
      )}
    </section>
  );
}
