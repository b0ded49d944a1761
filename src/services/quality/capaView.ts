import { applyCapa, type Capa, type CapaCommand } from '../../domain/quality/capa';
import type { CapaView } from '../../resolvers/capaViews';
import { auditTrail } from '../../storage/quality/qualityAudit';
import { linksOf, type NonConformity } from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';

export type { CapaView };

/** The state guards of a command, its input set to pass (only the state's own errors remain). */
function blockersOf(capa: Capa, command: CapaCommand, inputPaths: readonly string[], now: number) {
  const result = applyCapa(capa, command, 'guard', now);
  return result.ok
    ? []
    : result.errors.filter((e) => !inputPaths.includes(e.path)).map((e) => e.message);
}

export async function capaView(
  ctx: AppContext,
  nc: NonConformity & { readonly issueKey: string },
  canChange: boolean,
): Promise<CapaView> {
  const now = ctx.now();
  const [evidence, trail] = await Promise.all([
    linksOf(ctx.sql, nc.id),
    auditTrail(ctx.sql, { type: 'nonConformity', id: nc.id }),
  ]);
  const { capa } = nc;
  return {
    issueKey: nc.issueKey,
    groupKey: nc.groupKey,
    raisedAt: nc.raisedAt,
    raisedBy: nc.raisedBy,
    reason: nc.reason,
    capa,
    evidence,
    blockers: {
      completeCorrective: blockersOf(capa, { type: 'completeCorrective' }, [], now),
      completePreventive: blockersOf(
        capa,
        { type: 'completePreventive', observationDays: 30, noPreventiveReason: '-' },
        ['$.noPreventiveReason', '$.observationDays'],
        now,
      ),
      checkEffectiveness: blockersOf(
        capa,
        { type: 'checkEffectiveness', effective: true, evidence: '-' },
        ['$.evidence'],
        now,
      ),
    },
    trail,
    canChange,
    now,
  };
}
