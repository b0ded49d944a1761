import { NEW_CAPA, type Capa } from '../../../src/domain/quality/capa';
import type { CapaPanelData } from '../../../src/resolvers/capaViews';

export type CapaData = Extract<CapaPanelData, { nonConformity: true }>;

const T = Date.parse('2026-03-02T09:00:00Z');

/** A non-conformity raised from three low ratings, its CAPA as given. */
export const capaData = (capa: Partial<Capa> = {}, over: Partial<CapaData> = {}): CapaData => ({
  nonConformity: true,
  issueKey: 'QM-1',
  groupKey: 'customer:schultz',
  raisedAt: T,
  raisedBy: 'app',
  reason: 'Recurring negative feedback: customer schultz (3 in 30 days)',
  capa: { ...NEW_CAPA, ...capa },
  evidence: [
    { feedbackId: 'f1', caseKey: 'SUP-1', linkedAt: T },
    { feedbackId: 'f2', caseKey: 'SUP-2', linkedAt: T },
  ],
  blockers: { completeCorrective: [], completePreventive: [], checkEffectiveness: [] },
  trail: [
    {
      at: T,
      actor: 'app',
      action: 'raise',
      field: null,
      before: undefined,
      after: { groupKey: 'customer:schultz' },
    },
  ],
  canChange: true,
  now: T,
  ...over,
});
