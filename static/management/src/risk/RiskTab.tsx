import type {
  RiskRegisterView,
  RiskScoresView,
  RiskSettingsView,
} from '../../../../src/resolvers/riskViews';
import { useEffect, useMemo, useState } from 'react';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { DataTable } from '../../../reports/src/DataTable';
import { MonthRangeFields, type MonthRange } from '../../../reports/src/MonthRangeFields';
import { useResolver } from '../../../reports/src/useResolver';
import { RiskChart } from './RiskChart';
import { RiskDrops } from './RiskDrops';
import { RiskRegister } from './RiskRegister';
import { RiskSettingsEditor } from './RiskSettingsEditor';
import { riskScoreTable } from './riskTables';
import { ScoreEntryForm } from './ScoreEntryForm';
import { ScoreHistory } from './ScoreHistory';
// Its stylesheet (risk.css) and the reports' are imported by the global page: see QualityPage.tsx.

const NO_PAYLOAD = {};

/**
 * The Quality page's Risk score tab: the composite and per-area scores month by month (chart,
 * table with CSV), the drops with their action plans, score entry and the areas' settings for
 * admins, and the risk register. `canEdit`: the viewer is a Jira administrator.
 */
export function RiskTab({ canEdit }: { readonly canEdit: boolean }) {
  // The first request leaves the months to the app (the last 12 in the viewer's time zone); the
  // form then shows the months shown.
  const [request, setRequest] = useState<MonthRange>({});
  const [form, setForm] = useState<MonthRange>({});
  const payload = useMemo(() => ({ ...request }), [request]);
  const scores = useResolver<RiskScoresView>('getRiskScores', payload);
  const settings = useResolver<RiskSettingsView>('getRiskSettings', NO_PAYLOAD);
  const register = useResolver<RiskRegisterView>('getRiskRegister', NO_PAYLOAD);
  useEffect(() => {
    if (scores.data)
      setForm((f) => (f.from ? f : { from: scores.data!.from, to: scores.data!.to }));
  }, [scores.data]);
  const reloadAll = () => {
    scores.reload();
    settings.reload();
    register.reload();
  };

  return (
    <div className="risk-tab">
      <h2>Monthly risk score</h2>
      <form
        className="reports__form"
        aria-label="Months shown"
        onSubmit={(event) => {
          event.preventDefault();
          setRequest(form);
        }}
      >
        <MonthRangeFields
          range={form}
          onChange={(change) => setForm((f) => ({ ...f, ...change }))}
        />
        <Button appearance="primary" type="submit" disabled={scores.loading}>
          Show
        </Button>
      </form>
      {scores.error !== null && (
        <ResolverErrorMessage error={scores.error} what="the risk scores" />
      )}
      {scores.data === null ? (
        scores.loading && <Spinner label="Loading the risk scores" />
      ) : (
        <>
          <RiskChart trend={scores.data.trend} />
          <Incomplete view={scores.data} />
          <RiskDrops view={scores.data} />
          <DataTable table={riskScoreTable(scores.data)} />
          <ScoreHistory view={scores.data} />
          {canEdit && <ScoreEntryForm view={scores.data} onSaved={scores.reload} />}
        </>
      )}
      {settings.error !== null && (
        <ResolverErrorMessage error={settings.error} what="the risk settings" />
      )}
      {settings.data && (
        <RiskSettingsEditor
          key={settings.data.version ?? 0}
          view={settings.data}
          canEdit={canEdit}
          onSaved={reloadAll}
        />
      )}
      {register.error !== null && (
        <ResolverErrorMessage error={register.error} what="the risk register" />
      )}
      {register.data && settings.data && (
        <RiskRegister
          view={register.data}
          settings={settings.data.settings}
          canEdit={canEdit}
          onChanged={register.reload}
        />
      )}
    </div>
  );
}

/** The months whose composite is missing, and which areas they lack. */
function Incomplete({ view }: { view: RiskScoresView }) {
  const months = view.missing.filter(
    (m) => m.areas.length > 0 && m.areas.length < view.trend.areas.length,
  );
  if (months.length === 0) return null;
  return (
    <div className="risk-tab__incomplete">
      <p>The composite score is incomplete where an area is not scored:</p>
      <ul>
        {months.map((m) => (
          <li key={m.month}>
            {m.month}: {m.areas.join(', ')} not scored
          </li>
        ))}
      </ul>
    </div>
  );
}
