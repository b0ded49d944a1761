import { DEFAULT_KPI_CATALOGUE, type KpiCatalogue } from './kpiCatalogue';
import { validateKpiCatalogue } from './kpiCatalogueValidation';

const owned = (catalogue: KpiCatalogue): KpiCatalogue => ({
  ...catalogue,
  kpis: catalogue.kpis.map((k) => ({ ...k, owner: '557058:owner' })),
});
const valid = owned(DEFAULT_KPI_CATALOGUE);
const paths = (input: unknown, envs: string[] = ['prod']) => {
  const check = validateKpiCatalogue(input, envs);
  return check.ok ? [] : check.errors.map((e) => e.path);
};
const withKpi = (i: number, patch: Record<string, unknown>) => ({
  ...valid,
  kpis: valid.kpis.map((k, j) => (j === i ? { ...k, ...patch } : k)),
});

describe('validateKpiCatalogue', () => {
  it('accepts the default catalogue once every KPI has an owner', () => {
    expect(validateKpiCatalogue(valid, [])).toEqual({ ok: true, settings: valid });
  });

  it('the default catalogue has every computed metric and the manual people measures', () => {
    const metrics = DEFAULT_KPI_CATALOGUE.kpis.flatMap((k) =>
      k.source.kind === 'computed' ? [k.source.metric] : [],
    );
    expect(new Set(metrics).size).toBe(9);
    expect(DEFAULT_KPI_CATALOGUE.kpis.filter((k) => k.source.kind === 'manual')).toHaveLength(4);
  });

  it('refuses the defaults as they are: every KPI needs an owner', () => {
    expect(paths(DEFAULT_KPI_CATALOGUE)).toEqual(
      DEFAULT_KPI_CATALOGUE.kpis.map((_, i) => `$.kpis[${i}].owner`),
    );
  });

  it('names each wrong field by its path', () => {
    expect(paths(withKpi(1, { id: 'sla-compliance' }))).toEqual(['$.kpis[1].id']);
    expect(paths(withKpi(0, { name: '  ' }))).toEqual(['$.kpis[0].name']);
    expect(paths(withKpi(0, { target: Number.NaN }))).toEqual(['$.kpis[0].target']);
    expect(paths(withKpi(0, { target: '95' }))).toEqual(['$.kpis[0].target']);
    expect(paths(withKpi(0, { target: 101 }))).toEqual(['$.kpis[0].target']);
    expect(paths(withKpi(0, { unit: '' }))).toEqual(['$.kpis[0].unit']);
    expect(paths(withKpi(0, { direction: 'up' }))).toEqual(['$.kpis[0].direction']);
    expect(paths(withKpi(0, { id: 'Has Space' }))).toEqual(['$.kpis[0].id']);
    expect(paths(withKpi(0, { colour: 'red' }))).toEqual(['$.kpis[0].colour']);
    expect(paths({ ...valid, timeZone: 'Mars/Olympus' })).toEqual(['$.timeZone']);
    expect(paths({ ...valid, extra: 1 })).toEqual(['$.extra']);
    expect(paths('catalogue')).toEqual(['$']);
  });

  it('a target outside 0–100 is fine when the unit is not %', () => {
    expect(paths(withKpi(4, { target: 250 }))).toEqual([]);
  });

  it('knows the computed metrics; an environment only for uptime and only one of the contract', () => {
    expect(paths(withKpi(0, { source: { kind: 'computed', metric: 'revenue' } }))).toEqual([
      '$.kpis[0].source.metric',
    ]);
    expect(paths(withKpi(0, { source: { kind: 'estimated' } }))).toEqual(['$.kpis[0].source.kind']);
    const uptime = valid.kpis.findIndex((k) => k.id === 'uptime');
    expect(
      paths(
        withKpi(uptime, { source: { kind: 'computed', metric: 'uptime', environment: 'prod' } }),
      ),
    ).toEqual([]);
    expect(
      paths(withKpi(uptime, { source: { kind: 'computed', metric: 'uptime', environment: 'qa' } })),
    ).toEqual([`$.kpis[${uptime}].source.environment`]);
    expect(
      paths(withKpi(0, { source: { kind: 'computed', metric: 'csat', environment: 'prod' } })),
    ).toEqual(['$.kpis[0].source.environment']);
    expect(paths(withKpi(0, { source: { kind: 'manual', metric: 'csat' } }))).toEqual([
      '$.kpis[0].source.metric',
    ]);
  });

  it('checks where action issues go and the source settings', () => {
    expect(
      paths({ ...valid, actions: { projectKey: 'qm', issueType: '', dueInDays: 0.5 } }),
    ).toEqual(['$.actions.projectKey', '$.actions.issueType', '$.actions.dueInDays']);
    expect(paths({ ...valid, actions: { ...valid.actions, projectKey: 'QM' } })).toEqual([]);
    expect(
      paths({
        ...valid,
        sources: { ...valid.sources, uptime: { ...valid.sources.uptime, promisePercent: 120 } },
      }),
    ).toEqual(['$.sources.uptime.promisePercent']);
  });

  it('trims text and keeps only known fields', () => {
    const check = validateKpiCatalogue(withKpi(0, { name: '  SLA  ' }), []);
    expect(check.ok && check.settings.kpis[0]!.name).toBe('SLA');
  });
});
