/**
 * What the CAPA panel's resolvers answer (`capaPanel.ts`): types only, with no server imports, so
 * the panel (static/capa-panel) type-checks against them.
 */
import type { Capa } from '../domain/quality/capa';

/** One entry of a non-conformity's audit trail: who, when, what, before and after. */
export interface CapaTrailEntry {
  readonly at: number;
  readonly actor: string;
  readonly action: string;
  readonly field: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/** What the CAPA panel shows of a non-conformity. */
export interface CapaView {
  readonly issueKey: string;
  readonly groupKey: string | null;
  readonly raisedAt: number;
  readonly raisedBy: string;
  readonly reason: string;
  readonly capa: Capa;
  /** The feedback linked as evidence, with its case. */
  readonly evidence: readonly { feedbackId: string; caseKey: string | null; linkedAt: number }[];
  /**
   * Why the steps that need no input cannot complete now, from `applyCapa`: open actions, no
   * corrective action, an observation window not ended. Empty lists: the step may complete.
   */
  readonly blockers: {
    readonly completeCorrective: readonly string[];
    readonly completePreventive: readonly string[];
    readonly checkEffectiveness: readonly string[];
  };
  /** The audit trail, oldest first. */
  readonly trail: readonly CapaTrailEntry[];
  /** Whether the caller may change the CAPA (quality owners). */
  readonly canChange: boolean;
  readonly now: number;
}

/** What `getCapa` and `applyCapaCommand` answer: the CAPA, or that the issue is none. */
export type CapaPanelData =
  { readonly nonConformity: false } | ({ readonly nonConformity: true } & CapaView);
