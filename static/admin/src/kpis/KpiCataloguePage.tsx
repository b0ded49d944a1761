/**
 * The admin page's KPIs tab: the KPI catalogue (each KPI's id, name, owner, unit, direction,
 * target and source, in the order the Quality page shows them), where action issues go, the time
 * zone of the months, and the computed sources' settings (`KpiSourceSettingsEditor`). Saved as a
 * whole against the version it was loaded at: a save over another admin's newer one is refused.
 */
import { useEffect, useState } from 'react';
import type { KpiCatalogue, KpiDefinition } from '../../../../src/domain/kpi/kpiCatalogue';
import type { ComputedKpiMetric, KpiSource } from '../../../../src/domain/kpi/kpiSource';
import type { ValidationError } from '../../../../src/domain/validation';
import type { KpiCatalogueView } from '../../../../src/resolvers/kpiViews';
import { call, ResolverCallError } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { KpiField, KpiSelect } from './KpiFields';
import { KpiSourceSettingsEditor } from './KpiSourceSettingsEditor';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; view: KpiCatalogueView };

type Notice = { kind: 'saved'; version: number } | { kind: 'error'; error: unknown };

const MANUAL = 'manual';

/** The source select's value: a computed metric, or `manual`. */
const sourceValue = (source: KpiSource): string =>
  source.kind === 'manual' ? MANUAL : source.metric;

export function KpiCataloguePage() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState<KpiCatalogue | null>(null);
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    call<KpiCatalogueView>('getKpiCatalogue').then(
      (view) => {
        if (!current) return;
        setLoaded({ status: 'ready', view });
        setDraft(view.catalogue);
      },
      (error: unknown) => current && setLoaded({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !draft)) {
    return <Spinner label="Loading the KPI catalogue…" />;
  }
  if (loaded.status === 'failed') {
    return <ResolverErrorMessage error={loaded.error} what="the KPI catalogue" />;
  }
  const { view } = loaded;
  const catalogue = draft!;
  const errorAt = (path: string) => errors.find((e) => e.path === `$.settings${path}`)?.message;

  const change = (next: KpiCatalogue) => {
    setDraft(next);
    setNotice(null);
  };
  const setKpi = (i: number, kpi: KpiDefinition) =>
    change({ ...catalogue, kpis: catalogue.kpis.map((k, j) => (j === i ? kpi : k)) });
  const move = (i: number, by: -1 | 1) => {
    const kpis = [...catalogue.kpis];
    [kpis[i], kpis[i + by]] = [kpis[i + by]!, kpis[i]!];
    change({ ...catalogue, kpis });
  };
  const remove = (i: number) =>
    change({ ...catalogue, kpis: catalogue.kpis.filter((_, j) => j !== i) });
  const add = () =>
    change({
      ...catalogue,
      kpis: [
        ...catalogue.kpis,
        {
          id: '',
          name: '',
          owner: null,
          unit: '%',
          direction: 'higher',
          target: 0,
          source: { kind: 'manual' },
        },
      ],
    });

  const save = async () => {
    setSaving(true);
    setNotice(null);
    try {
      const saved = await call<{ settings: KpiCatalogue; version: number }>('saveKpiCatalogue', {
        settings: catalogue,
        baseVersion: view.version,
      });
      setLoaded({
        status: 'ready',
        view: { ...view, catalogue: saved.settings, version: saved.version },
      });
      setDraft(saved.settings);
      setErrors([]);
      setNotice({ kind: 'saved', version: saved.version });
    } catch (error) {
      setErrors(error instanceof ResolverCallError ? (error.failure.errors ?? []) : []);
      setNotice({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  };

  const sourceOptions = [
    ...view.metrics.map((m) => ({ value: m, label: `Computed: ${m}` })),
    { value: MANUAL, label: 'Entered by hand each month' },
  ];

  return (
    <section className="kpi-catalogue" aria-labelledby="kpi-catalogue-heading">
      <h2 id="kpi-catalogue-heading">KPIs</h2>
      <p className="subtle">
        The quality KPIs the Quality page shows month by month against their targets. A KPI that
        misses its target, or worsens two months in a row, gets an action issue for its owner.
        {view.version !== null
          ? ` Version ${view.version}, saved by ${view.savedBy} at ${view.savedAt}.`
          : ' Not saved yet: the defaults apply; name an owner for each KPI to save.'}
      </p>

      <fieldset className="fieldset">
        <legend>Catalogue</legend>
        {catalogue.kpis.map((kpi, i) => {
          const at = `.kpis[${i}]`;
          const label = kpi.name || `KPI ${i + 1}`;
          return (
            <fieldset className="fieldset kpi-catalogue__kpi" key={i}>
              <legend>{label}</legend>
              <div className="form-row">
                <KpiField
                  id={`kpi-${i}-id`}
                  label={`Id of KPI ${i + 1}`}
                  value={kpi.id}
                  error={errorAt(`${at}.id`)}
                  onChange={(id) => setKpi(i, { ...kpi, id })}
                />
                <KpiField
                  id={`kpi-${i}-name`}
                  label={`Name of KPI ${i + 1}`}
                  value={kpi.name}
                  error={errorAt(`${at}.name`)}
                  onChange={(name) => setKpi(i, { ...kpi, name })}
                />
                <KpiField
                  id={`kpi-${i}-owner`}
                  label={`Owner of KPI ${i + 1} (account id)`}
                  value={kpi.owner ?? ''}
                  error={errorAt(`${at}.owner`)}
                  onChange={(owner) => setKpi(i, { ...kpi, owner: owner === '' ? null : owner })}
                />
              </div>
              <div className="form-row">
                <KpiField
                  id={`kpi-${i}-unit`}
                  label={`Unit of KPI ${i + 1}`}
                  value={kpi.unit}
                  error={errorAt(`${at}.unit`)}
                  onChange={(unit) => setKpi(i, { ...kpi, unit })}
                />
                <KpiSelect
                  id={`kpi-${i}-direction`}
                  label={`Better when KPI ${i + 1} is`}
                  value={kpi.direction}
                  options={[
                    { value: 'higher', label: 'Higher' },
                    { value: 'lower', label: 'Lower' },
                  ]}
                  error={errorAt(`${at}.direction`)}
                  onChange={(d) => setKpi(i, { ...kpi, direction: d as 'higher' | 'lower' })}
                />
                <KpiField
                  id={`kpi-${i}-target`}
                  label={`Target of KPI ${i + 1}`}
                  type="number"
                  value={String(kpi.target)}
                  error={errorAt(`${at}.target`)}
                  onChange={(t) => setKpi(i, { ...kpi, target: t === '' ? Number.NaN : Number(t) })}
                />
              </div>
              <div className="form-row">
                <KpiSelect
                  id={`kpi-${i}-source`}
                  label={`Source of KPI ${i + 1}`}
                  value={sourceValue(kpi.source)}
                  options={sourceOptions}
                  error={errorAt(`${at}.source.metric`) ?? errorAt(`${at}.source.kind`)}
                  onChange={(value) =>
                    setKpi(i, {
                      ...kpi,
                      source:
                        value === MANUAL
                          ? { kind: 'manual' }
                          : { kind: 'computed', metric: value as ComputedKpiMetric },
                    })
                  }
                />
                {kpi.source.kind === 'computed' && kpi.source.metric === 'uptime' && (
                  <KpiSelect
                    id={`kpi-${i}-environment`}
                    label={`Environment of KPI ${i + 1}`}
                    value={kpi.source.environment ?? ''}
                    options={[
                      { value: '', label: 'Every environment' },
                      ...view.environments.map((e) => ({ value: e.id, label: e.name })),
                    ]}
                    error={errorAt(`${at}.source.environment`)}
                    onChange={(environment) =>
                      setKpi(i, {
                        ...kpi,
                        source: {
                          kind: 'computed',
                          metric: 'uptime',
                          ...(environment && { environment }),
                        },
                      })
                    }
                  />
                )}
              </div>
              <div className="form-row">
                <button
                  type="button"
                  className="button button--subtle"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  Move {label} up
                </button>
                <button
                  type="button"
                  className="button button--subtle"
                  disabled={i === catalogue.kpis.length - 1}
                  onClick={() => move(i, 1)}
                >
                  Move {label} down
                </button>
                <button type="button" className="button button--subtle" onClick={() => remove(i)}>
                  Remove {label}
                </button>
              </div>
            </fieldset>
          );
        })}
        {errorAt('.kpis') && <p className="field-error">{errorAt('.kpis')}</p>}
        <button
          type="button"
          className="button button--default"
          disabled={catalogue.kpis.length >= view.limits.kpis}
          onClick={add}
        >
          Add a KPI
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Action issues and months</legend>
        <div className="form-row">
          <KpiField
            id="kpi-actions-project"
            label="Action project key"
            hint="Empty: no action issues are raised."
            value={catalogue.actions.projectKey ?? ''}
            error={errorAt('.actions.projectKey')}
            onChange={(p) =>
              change({ ...catalogue, actions: { ...catalogue.actions, projectKey: p || null } })
            }
          />
          <KpiField
            id="kpi-actions-issue-type"
            label="Action issue type"
            value={catalogue.actions.issueType}
            error={errorAt('.actions.issueType')}
            onChange={(issueType) =>
              change({ ...catalogue, actions: { ...catalogue.actions, issueType } })
            }
          />
          <KpiField
            id="kpi-actions-due"
            label="Action due in (days)"
            type="number"
            value={String(catalogue.actions.dueInDays)}
            error={errorAt('.actions.dueInDays')}
            onChange={(d) =>
              change({ ...catalogue, actions: { ...catalogue.actions, dueInDays: Number(d) } })
            }
          />
        </div>
        <KpiField
          id="kpi-time-zone"
          label="Time zone of the months"
          hint="IANA name, e.g. Europe/Copenhagen: where each month starts and ends."
          value={catalogue.timeZone}
          error={errorAt('.timeZone')}
          onChange={(timeZone) => change({ ...catalogue, timeZone })}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>Computed sources</legend>
        <KpiSourceSettingsEditor
          value={catalogue.sources}
          onChange={(sources) => change({ ...catalogue, sources })}
          errors={errors.filter((e) => e.path.startsWith('$.settings.sources'))}
        />
      </fieldset>

      {notice?.kind === 'saved' && (
        <SectionMessage appearance="success" title="Saved">
          <p>KPI catalogue saved as version {notice.version}.</p>
        </SectionMessage>
      )}
      {notice?.kind === 'error' && (
        <ResolverErrorMessage error={notice.error} what="the KPI catalogue" />
      )}
      <div>
        <button
          type="button"
          className="button button--primary"
          disabled={saving}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save KPI catalogue'}
        </button>
      </div>
    </section>
  );
}
