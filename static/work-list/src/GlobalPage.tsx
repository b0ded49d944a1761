import { lazy, Suspense, useState } from 'react';
import { ReviewQueue } from '../../quality/src/ReviewQueue';
import { Spinner } from '../../shared/components/Spinner';
import { usePageHistory } from '../../shared/usePageHistory';
import { App as WorkList } from './App';
import './GlobalPage.css';
// With the page, not the lazy chunk: Vite 8's build emitted that chunk's stylesheet but linked
// it nowhere (cf. vitejs/vite#22700), and the reports' CSS is small.
import '../../reports/src/reports.css';
// The Quality page's (static/management): its tabs' stylesheets belong here too.
import '../../management/src/QualityPage.css';
import '../../management/src/review/review.css';
import '../../management/src/risk/risk.css';
import '../../management/src/kpis/kpis.css';
import '../../management/src/relationships/relationships.css';

// The reports and their chart library load with their tab: the work list does not carry them.
const Reports = lazy(() => import('../../reports/src/App').then((m) => ({ default: m.App })));
// The Quality sub-page (manifest `pages`, route `quality`) is a chunk of its own as well.
const QualityPage = lazy(() =>
  import('../../management/src/QualityPage').then((m) => ({ default: m.QualityPage })),
);
const isQualityRoute = (pathname: string) =>
  pathname === '/quality' || pathname.startsWith('/quality/');

const TABS = [
  { id: 'work-list', name: 'Work list' },
  { id: 'reports', name: 'Reports' },
  { id: 'quality', name: 'Quality' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The app's one global page (Forge allows one `jira:globalPage` per app), with two sub-pages in
 * Jira's sidebar, chosen by the page's route (`view.createHistory()`): the Quality page, and the
 * work list, SLA reports and quality review queue as tabs. Only the open tab is mounted, so the
 * reports and the queue load when asked for.
 */
export function GlobalPage() {
  const { location, push } = usePageHistory();
  if (!location) return <Spinner label="Loading…" />;
  if (isQualityRoute(location.pathname))
    return (
      <Suspense fallback={<Spinner label="Loading the Quality page…" />}>
        <QualityPage pathname={location.pathname} push={push} />
      </Suspense>
    );
  return <WorkListPage />;
}

/** The work-list sub-page (route `work-list`, and `/`): the work list, reports and review queue. */
function WorkListPage() {
  const [tab, setTab] = useState<TabId>('work-list');
  return (
    <>
      <div className="global-page__tabs" role="tablist" aria-label="SLA">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            className="global-page__tab"
            onClick={() => setTab(t.id)}
          >
            {t.name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'work-list' && <WorkList />}
        {tab === 'reports' && (
          <Suspense fallback={<Spinner label="Loading the reports…" />}>
            <Reports />
          </Suspense>
        )}
        {tab === 'quality' && <ReviewQueue />}
      </div>
    </>
  );
}
