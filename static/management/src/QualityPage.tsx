import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { call } from '../../shared/api';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';
import '../../work-list/src/GlobalPage.css';

/** What `getQualityPageAccess` answers (src/resolvers/qualityPageAccess.ts). */
interface QualityPageAccess {
  readonly canEdit: boolean;
  readonly timeZone: string;
}

type TabProps = { readonly canEdit: boolean };
const tab = (load: () => Promise<ComponentType<TabProps>>) =>
  lazy(() => load().then((component) => ({ default: component })));

/**
 * The tabs, each in a chunk of its own, loaded when opened. Their stylesheets must be imported by
 * the global page itself (static/work-list/src/GlobalPage.tsx): Vite 8 does not link a lazy
 * chunk's stylesheet (cf. vitejs/vite#22700).
 */
export const QUALITY_TABS = [
  {
    id: 'relationships',
    name: 'Relationships',
    Tab: tab(() => import('./relationships/RelationshipsTab').then((m) => m.RelationshipsTab)),
  },
  { id: 'kpis', name: 'KPIs', Tab: tab(() => import('./kpis/KpisTab').then((m) => m.KpisTab)) },
  {
    id: 'risk',
    name: 'Risk score',
    Tab: tab(() => import('./risk/RiskTab').then((m) => m.RiskTab)),
  },
  {
    id: 'review',
    name: 'Management review',
    Tab: tab(() => import('./review/ReviewTab').then((m) => m.ReviewTab)),
  },
] as const;

/** `/quality/kpis` → the KPIs tab; `/quality` or an unknown tab → the first. */
export function qualityTabOf(pathname: string): (typeof QUALITY_TABS)[number] {
  const id = pathname.split('/')[2];
  return QUALITY_TABS.find((t) => t.id === id) ?? QUALITY_TABS[0];
}

/**
 * The Quality sub-page of the global page (route `quality`): the relationship register, the
 * KPIs, the risk score and the management review, as tabs whose choice is in the page's URL
 * (`/quality/<tab>`), so a tab can be linked and the back button returns to the previous one.
 * Staff read; Jira administrators edit; a portal customer is told they have no access.
 */
export function QualityPage({
  pathname,
  push,
}: {
  readonly pathname: string;
  readonly push: (path: string) => void;
}) {
  const [access, setAccess] = useState<QualityPageAccess>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    call<QualityPageAccess>('getQualityPageAccess').then(setAccess, setError);
  }, []);
  const current = qualityTabOf(pathname);

  return (
    <main className="quality-page">
      <h1 className="quality-page__title">Quality</h1>
      {error !== undefined && <ResolverErrorMessage error={error} what="the Quality page" />}
      {error === undefined && !access && <Spinner label="Loading the Quality page…" />}
      {access && (
        <>
          <div className="global-page__tabs" role="tablist" aria-label="Quality">
            {QUALITY_TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`tab-${t.id}`}
                aria-selected={current.id === t.id}
                aria-controls={`panel-${t.id}`}
                className="global-page__tab"
                onClick={() => push(`/quality/${t.id}`)}
              >
                {t.name}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`panel-${current.id}`}
            aria-labelledby={`tab-${current.id}`}
            className="quality-page__panel"
          >
            <Suspense fallback={<Spinner label={`Loading ${current.name}…`} />}>
              <current.Tab canEdit={access.canEdit} />
            </Suspense>
          </div>
        </>
      )}
    </main>
  );
}
