/**
 * The app's functions by the name manifest.yml gives their handlers (`index.<name>`), each
 * taking the Forge payload and an `AppContext`. `src/index.ts` runs them on Forge; the local
 * simulator reads the manifest and runs the same ones, so both follow the same wiring.
 */
import { adminResolvers } from './resolvers/admin';
import { issuePanelResolvers } from './resolvers/issuePanel';
import type { ResolverDefinitions } from './resolvers/resolverKit';
import { reportResolvers } from './resolvers/reports';
import { workListResolvers } from './resolvers/workList';
import type { AppContext } from './services/appContext';
import { onCustomerReportSchedule } from './triggers/customerReportSchedule';
import { onEvaluationEvent, type EvaluationEvent } from './triggers/evaluationConsumer';
import { onProductEvent, type ProductEvent } from './triggers/issueEvents';
import { onSlaSweep } from './triggers/slaSweep';

export type AppHandler = (payload: never, ctx: AppContext) => Promise<unknown>;

export const appHandlers = {
  productEventTrigger: (event: ProductEvent, ctx: AppContext) => onProductEvent(event, ctx),
  evaluationConsumer: (event: EvaluationEvent, ctx: AppContext) => onEvaluationEvent(event, ctx),
  slaSweep: (_event: unknown, ctx: AppContext) => onSlaSweep(ctx),
  customerReportSchedule: (_event: unknown, ctx: AppContext) => onCustomerReportSchedule(ctx),
  // On install, on upgrade and hourly: the schema migrations this installation lacks.
  sqlMigrations: (_event: unknown, ctx: AppContext) => ctx.migrateSql(),
} satisfies Record<string, AppHandler>;

export type AppHandlerName = keyof typeof appHandlers;

/** The resolvers of the Custom UI modules, by the handler name manifest.yml gives them. */
export const appResolvers = {
  issuePanelResolver: issuePanelResolvers,
  // The global page's two tabs: the work list and the SLA reports (one resolver per module).
  workListResolver: { ...workListResolvers, ...reportResolvers },
  adminResolver: adminResolvers,
} satisfies Record<string, ResolverDefinitions>;

export type AppResolverName = keyof typeof appResolvers;
