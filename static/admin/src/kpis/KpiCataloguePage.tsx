/**
 * The admin page's KPIs tab: the KPI catalogue (each KPI's id, name, owner, unit, direction,
 * target and source, in the order the Quality page shows them), where action issues go, the time
 * zone of the months, and the computed sources' settings (`KpiSourceSettingsEditor`). Saved as a
 * whole against the version it was loaded at: a save over another admin's newer one is refused.
 */
import type { KpiDefinition } from '../../../../src/domain/kpi/kpiCatalogue';
import type { ComputedKpiMetric, KpiSource } from '../../../../src/domain/kpi/kpiSource';
import type { KpiCatalogueView } from '../../../../src/resolvers/kpiViews';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SaveBar } from '../../../shared/components/SaveBar';
import { Spinner } from '../../../shared/components/Spinner';
import { personName } from '../../../shared/format';
import { useVersionedSettings } from '../../../shared/useVersionedSettings';
import { ActionIssueFields } from '../../../shared/components/ActionIssueFields';
import { SettingsInput, SettingsSelect, settingsInput } from '../components/SettingsField';
import { KpiSourceSettingsEditor } from './KpiSourceSettingsEditor';

const MANUAL = 'manual';

/** The source select's value: a computed metric, or `manual`. */
const sourceValue = (source: KpiSource): string =>
  source.kind === 'manual' ? MANUAL : source.metric;

export function KpiCataloguePage() {
  const page = useVersionedSettings<KpiCatalogueView, 'catalogue'>(
    'getKpiCatalogue',
    'saveKpiCatalogue',
    'catalogue',
  );
  const { loaded, draft, errors, change } = page;

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !draft)) {
    return <Spinner label="Loading the KPI catalogue…" />;
  }
  if (loaded.status === 'failed') {
    return <ResolverErrorMessage error={loaded.error} what="the KPI catalogue" />;
  }
  const { view } = loaded;
  const catalogue = draft!;
  const errorAt = (path: string) => errors.find((e) => e.path === `$.settings${path}`)?.message;

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
          ? ` Version ${view.version}, saved by ${personName(view.names, view.savedBy ?? '')} at ${view.savedAt}.`
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
                <SettingsInput
                  id={`kpi-${i}-id`}
                  label={`Id of KPI ${i + 1}`}
                  value={kpi.id}
                  error={errorAt(`${at}.id`)}
                  onChange={(id) => setKpi(i, { ...kpi, id })}
                />
                <SettingsInput
                  id={`kpi-${i}-name`}
                  label={`Name of KPI ${i + 1}`}
                  value={kpi.name}
                  error={errorAt(`${at}.name`)}
                  onChange={(name) => setKpi(i, { ...kpi, name })}
                />
                <SettingsInput
                  id={`kpi-${i}-owner`}
                  label={`Owner of KPI ${i + 1} (account id)`}
                  value={kpi.owner ?? ''}
                  error={errorAt(`${at}.owner`)}
                  onChange={(owner) => setKpi(i, { ...kpi, owner: owner === '' ? null : owner })}
                />
                {kpi.owner !== null && view.names[kpi.owner] !== undefined && (
                  <p className="subtle" id={`kpi-${i}-owner-name`}>
                    Owner: {view.names[kpi.owner]}
                  </p>
                )}
              </div>
              <div className="form-row">
                <SettingsInput
                  id={`kpi-${i}-unit`}
                  label={`Unit of KPI ${i + 1}`}
                  value={kpi.unit}
                  error={errorAt(`${at}.unit`)}
                  onChange={(unit) => setKpi(i, { ...kpi, unit })}
                />
                <SettingsSelect
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
                <SettingsInput
                  id={`kpi-${i}-target`}
                  label={`Target of KPI ${i + 1}`}
                  type="number"
                  value={String(kpi.target)}
                  error={errorAt(`${at}.target`)}
                  onChange={(t) => setKpi(i, { ...kpi, target: t === '' ? Number.NaN : Number(t) })}
                />
              </div>
              <div className="form-row">
                <SettingsSelect
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
                  <SettingsSelect
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
          <ActionIssueFields
            value={catalogue.actions}
            onChange={(actions) => change({ ...catalogue, actions })}
            labels={{
              projectKey: 'Action project key',
              issueType: 'Action issue type',
              dueInDays: 'Action due in (days)',
            }}
            hints={{ projectKey: 'Empty: no action issues are raised.' }}
            errors={{
              projectKey: errorAt('.actions.projectKey'),
              issueType: errorAt('.actions.issueType'),
              dueInDays: errorAt('.actions.dueInDays'),
            }}
            renderInput={settingsInput('kpi-actions')}
          />
        </div>
        <SettingsInput
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

      <SaveBar
        outcome={page.outcome}
        what="the KPI catalogue"
        saving={page.saving}
        saveLabel="Save KPI catalogue"
        savedText={(version) => `KPI catalogue saved as version ${version}.`}
        onSave={() => void page.save()}
      />
    </section>
  );
}
