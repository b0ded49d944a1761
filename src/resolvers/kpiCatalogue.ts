/**
 * The admin page's KPIs tab: the KPI catalogue (each KPI's owner, unit, direction, target and
 * source; the computed sources' settings; where action issues go; the months' time zone). Jira
 * administrators only. A save is validated field by field (`validateKpiCatalogue`, against the
 * contract's environments), then the action project and issue type are looked up in Jira as the
 * app, which creates the issues (`projectIssueTypeErrors`), then saved as the next version,
 * refused when another admin saved meanwhile.
 */
import { DEFAULT_KPI_CATALOGUE, type KpiCatalogue } from '../domain/kpi/kpiCatalogue';
import { KPI_CATALOGUE_LIMITS, validateKpiCatalogue } from '../domain/kpi/kpiCatalogueValidation';
import { COMPUTED_KPI_METRICS } from '../domain/kpi/kpiSource';
import { loadSavedKpiCatalogue, saveKpiCatalogue } from '../storage/kpiCatalogue';
import type { ContractRepository } from '../storage/contractRepository';
import { projectIssueTypeErrors } from './projectIssueTypeErrors';
import { requireAdmin, resolver, type ResolverDefinitions } from './resolverKit';
import { saveSettingsRequest, settingsView } from './settingsSave';
import type { KpiCatalogueView } from './kpiViews';
import { userNames } from './userNames';

const what = 'see and change the KPI catalogue';

/** The environments of the contract in force, which an uptime KPI may be narrowed to. */
async function environmentsOf(contracts: ContractRepository) {
  const model = await contracts.model();
  return (model?.contract.customers ?? []).flatMap((customer) =>
    customer.environments.map((e) => ({ id: e.id, name: `${customer.name}: ${e.name}` })),
  );
}

export const kpiCatalogueResolvers: ResolverDefinitions = {
  getKpiCatalogue: resolver(async (_payload, _call, ctx): Promise<KpiCatalogueView> => {
    await requireAdmin(ctx, what);
    const [saved, environments] = await Promise.all([
      loadSavedKpiCatalogue(ctx.store),
      environmentsOf(ctx.contracts),
    ]);
    const { settings: catalogue, ...stamp } = settingsView(saved, DEFAULT_KPI_CATALOGUE);
    const names = await userNames(ctx, [stamp.savedBy, ...catalogue.kpis.map((k) => k.owner)]);
    return {
      catalogue,
      ...stamp,
      environments,
      metrics: COMPUTED_KPI_METRICS,
      limits: KPI_CATALOGUE_LIMITS,
      names,
    };
  }),

  /** Payload `{ settings: KpiCatalogue, baseVersion: number | null }`. */
  saveKpiCatalogue: resolver(
    async (payload, call, ctx): Promise<{ settings: KpiCatalogue; version: number }> => {
      await requireAdmin(ctx, what);
      const environments = (await environmentsOf(ctx.contracts)).map((e) => e.id);
      return saveSettingsRequest(payload, call, ctx, {
        name: 'KPI catalogue',
        validate: (settings) => validateKpiCatalogue(settings, environments),
        jiraErrors: ({ actions }) =>
          projectIssueTypeErrors(
            ctx.jira,
            actions.projectKey === null
              ? []
              : [
                  {
                    projectKey: actions.projectKey,
                    issueType: actions.issueType,
                    projectPath: '$.settings.actions.projectKey',
                    issueTypePath: '$.settings.actions.issueType',
                  },
                ],
          ),
        save: saveKpiCatalogue,
      });
    },
  ),
};
