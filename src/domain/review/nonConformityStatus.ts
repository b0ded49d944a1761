import type { Capa, CapaStep } from '../quality/capa';
import { CAPA_STEPS } from '../quality/capa';
import { isOverdueAt, type MeasuredNonConformity } from '../quality/qualityMeasures';
import type { ReportMonth } from '../reports/managementReport';

/** Month by month, all teams together: what the quality loop raised, closed and left open. */
export interface NonConformityMonth {
  readonly month: string;
  readonly raised: number;
  readonly closed: number;
  /** Open at the month's end (at the time of preparing, for the month still running). */
  readonly openAtEnd: number;
  /** Corrective and preventive actions not done by their due date, at the month's end. */
  readonly overdueActionsAtEnd: number;
}

/** A non-conformity open when the review was prepared, where its CAPA stands. */
export interface OpenNonConformity {
  readonly issueKey: string;
  readonly raisedAt: number;
  /** Why it was raised, shortened to `REASON_LENGTH` characters (the issue has the rest). */
  readonly reason: string;
  readonly step: CapaStep;
  /** 1, then one more each time an effectiveness check reopened it. */
  readonly round: number;
  readonly openActions: number;
  readonly overdueActions: number;
  /** When its effectiveness check falls due, and whether that has passed. */
  readonly checkDueAt: number | null;
  readonly checkOverdue: boolean;
}

export interface NonConformityStatus {
  readonly months: readonly NonConformityMonth[];
  readonly raisedInPeriod: number;
  readonly closedInPeriod: number;
  readonly openAtPeriodEnd: number;
  /** As the review was prepared: the open ones by CAPA step, and what is overdue. */
  readonly open: {
    readonly total: number;
    readonly byStep: readonly { readonly step: CapaStep; readonly count: number }[];
    readonly overdueActions: number;
    readonly overdueChecks: number;
    readonly items: readonly OpenNonConformity[];
  };
}

/** An open non-conformity as the store has it (`nonConformitiesAtStep`). */
export interface OpenNonConformityRecord {
  readonly issueKey: string | null;
  readonly raisedAt: number;
  readonly reason: string;
  readonly capa: Capa;
}

export const REASON_LENGTH = 300;

const shorten = (text: string): string =>
  text.length <= REASON_LENGTH ? text : `${text.slice(0, REASON_LENGTH - 1)}…`;

/**
 * The status of non-conformities and corrective actions for a review: `alive` are those raised
 * before the period's end and not closed before its start (the Reports page's Quality section
 * reads the same, `qualityTalliesQuery`); `open` those open at `now`, with their CAPA.
 */
export function nonConformityStatus(
  months: readonly ReportMonth[],
  alive: readonly MeasuredNonConformity[],
  open: readonly OpenNonConformityRecord[],
  now: number,
  timeZone: string,
): NonConformityStatus {
  const start = months[0]!.start;
  const end = months[months.length - 1]!.end;
  const openAt = (nc: MeasuredNonConformity, t: number) =>
    nc.raisedAt < t && (nc.closedAt === null || nc.closedAt >= t);
  const byMonth = months.map((m): NonConformityMonth => {
    const at = Math.min(m.end, now);
    const openThen = alive.filter((nc) => openAt(nc, at));
    return {
      month: m.key,
      raised: alive.filter((nc) => nc.raisedAt >= m.start && nc.raisedAt < m.end).length,
      closed: alive.filter(
        (nc) => nc.closedAt !== null && nc.closedAt >= m.start && nc.closedAt < m.end,
      ).length,
      openAtEnd: openThen.length,
      overdueActionsAtEnd: openThen
        .flatMap((nc) => nc.actions)
        .filter((a) => isOverdueAt(a, at - 1, timeZone)).length,
    };
  });
  const items = open
    .filter((nc) => nc.issueKey !== null && nc.capa.step !== 'closed')
    .map((nc): OpenNonConformity => {
      const pending = nc.capa.actions.filter((a) => !a.done);
      const checkDueAt = nc.capa.checkDueAt;
      return {
        issueKey: nc.issueKey!,
        raisedAt: nc.raisedAt,
        reason: shorten(nc.reason),
        step: nc.capa.step,
        round: nc.capa.round,
        openActions: pending.length,
        overdueActions: pending.filter((a) => isOverdueAt(a, now, timeZone)).length,
        checkDueAt,
        checkOverdue:
          nc.capa.step === 'effectivenessCheck' && checkDueAt !== null && checkDueAt <= now,
      };
    })
    .sort((a, b) => a.raisedAt - b.raisedAt || a.issueKey.localeCompare(b.issueKey));
  return {
    months: byMonth,
    raisedInPeriod: alive.filter((nc) => nc.raisedAt >= start && nc.raisedAt < end).length,
    closedInPeriod: alive.filter(
      (nc) => nc.closedAt !== null && nc.closedAt >= start && nc.closedAt < end,
    ).length,
    openAtPeriodEnd: alive.filter((nc) => openAt(nc, Math.min(end, now))).length,
    open: {
      total: items.length,
      byStep: CAPA_STEPS.filter((s) => s !== 'closed').map((step) => ({
        step,
        count: items.filter((i) => i.step === step).length,
      })),
      overdueActions: items.reduce((n, i) => n + i.overdueActions, 0),
      overdueChecks: items.filter((i) => i.checkOverdue).length,
      items,
    },
  };
}
