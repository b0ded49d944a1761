import { useEffect, useMemo, useState } from 'react';
import { MonthRangeFields } from './MonthRangeFields';
import type { QualityMeasures, QualityMeasuresRequest } from '../../../src/resolvers/views';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';
import { DataTable } from './DataTable';
import { QualityChart } from './QualitySectionChart';
import { qualityMonthsTable, qualityTable } from './QualitySectionTables';
import { useResolver } from './useResolver';

/** The quality measures: CSAT, NPS, follow-ups, non-conformities and CAPA per team and month. */
export function QualitySection() {
  // The first request leaves the months to the app (the last 12 by its clock); the form then
  // shows the months the measures cover.
  const [request, setRequest] = useState<QualityMeasuresRequest>({});
  const [form, setForm] = useState<QualityMeasuresRequest>(request);
  const payload = useMemo(() => ({ ...request }), [request]);
  const { data, loading, error } = useResolver<QualityMeasures>('getQualityMeasures', payload);
  useEffect(() => {
    if (data) setForm((f) => (f.from ? f : { from: data.from, to: data.to }));
  }, [data]);
  const edit = (change: Partial<QualityMeasuresRequest>) => setForm((f) => ({ ...f, ...change }));

  return (
    <section className="reports__section" aria-labelledby="quality-heading">
      <h2 id="quality-heading">Quality</h2>
      <form
        className="reports__form"
        onSubmit={(event) => {
          event.preventDefault();
          setRequest(form);
        }}
      >
        <MonthRangeFields range={form} onChange={edit} />
        <Button appearance="primary" type="submit" disabled={loading}>
          Show
        </Button>
      </form>
      {error !== null && <ResolverErrorMessage error={error} what="the quality measures" />}
      {data === null ? (
        loading && <Spinner label="Computing the measures…" />
      ) : (
        <QualityFigures measures={data} />
      )}
    </section>
  );
}

function QualityFigures({ measures }: { measures: QualityMeasures }) {
  // Tables made once per answer: the chart redraws only when its data changes.
  const months = useMemo(() => qualityMonthsTable(measures), [measures]);
  const teams = useMemo(() => qualityTable(measures), [measures]);
  return (
    <div className="reports__figures">
      <p className="reports__asof">
        Months in your time zone. CSAT %: answers of 4 or 5 of 5; NPS: promoters (9–10) minus
        detractors (0–6) of 0–10 answers; the two are never mixed. Follow-ups in time: of those due
        in the month, recorded by their due time. A non-conformity counts for each team among its
        feedback. Overdue actions are read from each action&apos;s current state.
      </p>
      <div className="reports__chart-row">
        <QualityChart
          title="CSAT and NPS per month"
          description={`CSAT % and NPS of all teams, each month from ${measures.from} to ${measures.to}. The table beside gives the numbers.`}
          months={measures.months}
        />
        <DataTable table={months} />
      </div>
      <DataTable table={teams} />
    </div>
  );
}
