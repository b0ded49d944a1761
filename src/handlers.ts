/**
 * The app's functions by the name manifest.yml gives their handlers (`index.<name>`), each
 * taking the Forge payload and an `AppContext`. `src/index.ts` runs them on Forge; the local
 * simulator reads the manifest and runs the same ones, so both follow the same wiring.
 */
import { adminResolvers } from './resolvers/admin';
import { capaPanelResolvers } from './resolvers/capaPanel';
import { issuePanelResolvers } from './resolvers/issuePanel';
import { nonConformityResolvers } from './resolvers/nonConformities';
import { qualityIntakeResolvers } from './resolvers/qualityIntake';
import { qualityMeasuresResolvers } from './resolvers/qualityMeasures';
import { qualityReviewResolvers } from './resolvers/qualityReview';
import { qualitySettingsResolvers } from './resolvers/qualitySettings';
import { devLoopSettingsResolvers } from './resolvers/devLoopSettings';
import type { ResolverDefinitions } from './resolvers/resolverKit';
import { reportResolvers } from './resolvers/reports';
import { workListResolvers } from './resolvers/workList';
import { relationshipResolvers } from './resolvers/relationships';
import { kpiResolvers } from './resolvers/kpis';
import { kpiCatalogueResolvers } from './resolvers/kpiCatalogue';
import { riskResolvers } from './resolvers/risks';
import { managementReviewResolvers } from './resolvers/managementReview';
import { qualityPageAccessResolvers } from './resolvers/qualityPageAccess';
import { onManagementSchedule } from './triggers/managementSchedule';
import type { AppContext } from './services/appContext';
import { sweepJsmFeedback } from './services/quality/jsmFeedbackSweep';
import { onCustomerReportSchedule } from './triggers/customerReportSchedule';
import { onEvaluationEvent, type EvaluationEvent } from './triggers/evaluationConsumer';
import { onProductEvent, type ProductEvent } from './triggers/issueEvents';
import { onQualityEvent, type QualityEvent } from './triggers/qualityEvents';
import { onQualityRecurrence } from './triggers/qualityRecurrence';
import { onSlaSweep } from './triggers/slaSweep';
import { onSurvicateWebhook, type SurvicateWebhookRequest } from './triggers/survicateWebhook';
import { onDevLoopEvent, type DevLoopEvent } from './triggers/devLoopEvents';
import {
  onEnvironmentVersionWebhook,
  type EnvironmentVersionRequest,
} from './triggers/environmentVersionWebhook';
import { environmentVersionResolvers } from './resolvers/environmentVersions';
import { portalCreateResolvers } from './resolvers/portalCreate';
import { portalRequestResolvers } from './resolvers/portalRequest';
import { portalProfileResolvers } from './resolvers/portalProfile';

export type AppHandler = (payload: never, ctx: AppContext) => Promise<unknown>;

export const appHandlers = {
  productEventTrigger: (event: ProductEvent, ctx: AppContext) => onProductEvent(event, ctx),
  evaluationConsumer: (event: EvaluationEvent, ctx: AppContext) => onEvaluationEvent(event, ctx),
  slaSweep: (_event: unknown, ctx: AppContext) => onSlaSweep(ctx),
  customerReportSchedule: (_event: unknown, ctx: AppContext) => onCustomerReportSchedule(ctx),
  // Flagged feedback on `quality-events`: its follow-up issue, once.
  qualityEventsConsumer: (event: QualityEvent, ctx: AppContext) => onQualityEvent(event, ctx),
  // A web trigger: the value returned is the HTTP response Forge sends back.
  survicateWebhook: (request: SurvicateWebhookRequest, ctx: AppContext) =>
    onSurvicateWebhook(request, ctx),
  // A deployment pipeline reports an environment's version (a web trigger, like the above).
  environmentVersionWebhook: (request: EnvironmentVersionRequest, ctx: AppContext) =>
    onEnvironmentVersionWebhook(request, ctx),
  // On `dev-loop-events`: a raised environment version or a case's new fix; close what is fixed.
  devLoopEventsConsumer: (event: DevLoopEvent, ctx: AppContext) => onDevLoopEvent(event, ctx),
  // Hourly: CSAT ratings given on requests resolved in the last 14 days.
  jsmCsatSweep: (_event: unknown, ctx: AppContext) => sweepJsmFeedback(ctx),
  // Daily: recurrence → non-conformity, CAPA action statuses, effectiveness re-checks.
  qualityRecurrence: (_event: unknown, ctx: AppContext) => onQualityRecurrence(ctx),
  // Daily: KPI and risk-drop action issues for their owners, once per month each.
  managementSchedule: (_event: unknown, ctx: AppContext) => onManagementSchedule(ctx),
  // On install, on upgrade and hourly: the schema migrations this installation lacks.
  sqlMigrations: (_event: unknown, ctx: AppContext) => ctx.migrateSql(),
} satisfies Record<string, AppHandler>;

export type AppHandlerName = keyof typeof appHandlers;

/** The resolvers of the Custom UI modules, by the handler name manifest.yml gives them. */
export const appResolvers = {
  issuePanelResolver: issuePanelResolvers,
  // The global page's tabs: the work list, the SLA reports and the quality review queue (one
  // resolver per module).
  workListResolver: {
    ...workListResolvers,
    ...reportResolvers,
    ...qualityMeasuresResolvers,
    ...qualityReviewResolvers,
    ...nonConformityResolvers,
    // The Quality page (a sub-page of the global page): relationships, KPIs, risk, review.
    ...qualityPageAccessResolvers,
    ...relationshipResolvers,
    ...kpiResolvers,
    ...riskResolvers,
    ...managementReviewResolvers,
  },
  // The admin page: contracts and settings, and the Quality tab (settings, Survicate intake).
  adminResolver: {
    ...adminResolvers,
    ...qualitySettingsResolvers,
    ...devLoopSettingsResolvers,
    ...qualityIntakeResolvers,
    ...environmentVersionResolvers,
    ...kpiCatalogueResolvers,
  },
  // The CAPA panel on non-conformity issues (static/capa-panel).
  capaPanelResolver: capaPanelResolvers,
  // The customer portal's modules (static/portal): the request create property panel, the
  // request detail and the profile panel; every function checks the portal viewer itself.
  portalResolver: {
    ...portalCreateResolvers,
    ...portalRequestResolvers,
    ...portalProfileResolvers,
  },
} satisfies Record<string, ResolverDefinitions>;

export type AppResolverName = keyof typeof appResolvers;
