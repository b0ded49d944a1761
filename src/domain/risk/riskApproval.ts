import type { RiskApprover, RiskLevel } from './riskTrend';

export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'very-high'];
export const RISK_APPROVERS: readonly RiskApprover[] = ['none', 'board', 'group-management'];

const levelRank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level);
const approverRank = (approver: RiskApprover): number => RISK_APPROVERS.indexOf(approver);

/** Who must approve a risk of `level`: low nobody, medium and high the board, very high group management. */
export function approverFor(level: RiskLevel): RiskApprover {
  if (level === 'very-high') return 'group-management';
  if (level === 'low') return 'none';
  return 'board';
}

/** A recorded approval: the level the risk had when it was approved, by which body. */
export interface RecordedApproval {
  readonly level: RiskLevel;
  readonly body: RiskApprover;
  readonly approvedBy: string;
  readonly approvedAt: number;
}

/**
 * The approval that covers a risk at `level`, or null while one is due: an approval given at
 * this level or a higher one, by the body the level requires or a higher one. So a risk whose
 * level was raised after its approval needs a new one; lowering it keeps it approved. The
 * latest covering approval is answered. A low risk needs none (null, and `approvalDue` false).
 */
export function coveringApproval(
  level: RiskLevel,
  approvals: readonly RecordedApproval[],
): RecordedApproval | null {
  const required = approverFor(level);
  if (required === 'none') return null;
  const covering = approvals.filter(
    (a) => levelRank(a.level) >= levelRank(level) && approverRank(a.body) >= approverRank(required),
  );
  return covering.reduce<RecordedApproval | null>(
    (latest, a) => (latest === null || a.approvedAt >= latest.approvedAt ? a : latest),
    null,
  );
}

/** Whether a risk at `level` with these approvals still waits for one. */
export const approvalDue = (level: RiskLevel, approvals: readonly RecordedApproval[]): boolean =>
  approverFor(level) !== 'none' && coveringApproval(level, approvals) === null;

/** Whether `body` may approve a risk at `level`: the required body or a higher one. */
export const mayApprove = (body: RiskApprover, level: RiskLevel): boolean =>
  body !== 'none' && approverRank(body) >= approverRank(approverFor(level));
