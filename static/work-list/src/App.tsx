import { useState } from 'react';
import type { WorkListFilters } from '../../../src/resolvers/views';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';
import { Filters } from './Filters';
import { LoadMore } from './LoadMore';
import { instantText } from './rowText';
import { useWorkList } from './useWorkList';
import { WorkListTable } from './WorkListTable';
import './App.css';

/** The SLA work list: every issue with an open goal, most urgent first. */
export function App() {
  const [filters, setFilters] = useState<WorkListFilters>({});
  const list = useWorkList(filters);
  const { page, rows, loading, error } = list;
  const filtered = Object.keys(filters).length > 0;

  let body;
  if (loading === 'first') {
    body = <Spinner label="Loading the work list…" />;
  } else if (error?.during === 'first') {
    body = <ResolverErrorMessage error={error.error} what="the work list" />;
  } else if (rows.length === 0) {
    body = (
      <div className="work-list__empty">
        <h2>No issues need attention</h2>
        <p>
          {filtered
            ? 'No issue with a running or paused SLA goal matches these filters.'
            : 'No issue has a running or paused SLA goal.'}
        </p>
        {filtered && <Button onClick={() => setFilters({})}>Clear filters</Button>}
      </div>
    );
  } else {
    body = (
      <>
        <WorkListTable
          rows={rows}
          timeZone={page?.timeZone ?? 'UTC'}
          now={page ? Date.parse(page.now) : Date.now()}
          focusKey={list.firstNewKey}
        />
        {error?.during === 'more' && (
          <ResolverErrorMessage error={error.error} what="more issues" />
        )}
        <LoadMore
          count={rows.length}
          more={list.nextPageToken !== null}
          loading={loading === 'more'}
          onLoadMore={list.loadMore}
        />
      </>
    );
  }

  return (
    <main className="work-list">
      <header className="work-list__header">
        <h1>SLA work list</h1>
        <Button appearance="subtle" onClick={list.reload}>
          Refresh
        </Button>
      </header>
      <Filters filters={filters} options={page?.options ?? null} onChange={setFilters} />
      {page && (
        <p className="work-list__asof">
          As of <time dateTime={page.now}>{instantText(page.now, page.timeZone)}</time> (
          {page.timeZone}). Time left is business time.
        </p>
      )}
      {body}
    </main>
  );
}
