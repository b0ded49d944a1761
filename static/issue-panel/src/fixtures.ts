import type { GoalEvaluation } from '../../../src/domain/sla/types';
import type { IssueSlaView } from '../../../src/resolvers/views';

const HOUR = 3_600_000;

/** Responded to in time. */
export const reaction: GoalEvaluation = {
  goal: 'reaction',
  name: 'Time to first response',
  internal: false,
  state: 'met',
  breached: false,
  targetMs: 2 * HOUR,
  elapsedMs: 75 * 60_000,
  remainingMs: 45 * 60_000,
  deadline: null,
  breachedAt: null,
  breachesAt: null,
  completedAt: '2026-03-02T08:45:00Z',
  warnings: [
    { fraction: 0.5, at: '2026-03-02T08:30:00Z', reached: true },
    { fraction: 0.75, at: null, reached: false },
  ],
  calendar: 'cph-office',
  cycles: [
    {
      start: '2026-03-02T07:30:00Z',
      stop: '2026-03-02T08:45:00Z',
      pausedMs: 0,
      elapsedMs: 75 * 60_000,
      targetMs: 2 * HOUR,
      breachedAt: null,
    },
  ],
  explanation: [
    {
      at: '2026-03-02T07:30:00Z',
      action: 'start',
      event: 'created',
      rule: 'actionModels[reaction].start[0]',
      text: 'Clock started: issue created.',
    },
    { at: '2026-03-02T08:30:00Z', action: 'warning', text: '50 % of the target used (1h).' },
    {
      at: '2026-03-02T08:45:00Z',
      action: 'stop',
      event: 'commentByAgent',
      historyIndex: 0,
      rule: 'actionModels[reaction].stop[0]',
      text: 'Clock stopped: public comment by an agent.',
    },
  ],
};

/** The next action's goal: runs, 2h 15m left, deadline at 12:15 UTC. */
export const resolution: GoalEvaluation = {
  goal: 'resolution',
  name: 'Time to resolution',
  internal: false,
  state: 'running',
  breached: false,
  targetMs: 16 * HOUR,
  elapsedMs: 16 * HOUR - (2 * HOUR + 15 * 60_000),
  remainingMs: 2 * HOUR + 15 * 60_000,
  deadline: '2026-03-03T12:15:00Z',
  breachedAt: null,
  breachesAt: '2026-03-03T12:15:00.001Z',
  completedAt: null,
  warnings: [
    { fraction: 0.75, at: '2026-03-03T08:00:00Z', reached: true },
    { fraction: 0.9, at: '2026-03-03T10:36:00Z', reached: false },
  ],
  calendar: 'cph-office',
  cycles: [
    {
      start: '2026-03-02T07:30:00Z',
      stop: null,
      pausedMs: 0,
      elapsedMs: 49_500_000,
      targetMs: 16 * HOUR,
      breachedAt: null,
    },
  ],
  explanation: [
    {
      at: '2026-03-02T07:30:00Z',
      action: 'start',
      event: 'created',
      rule: 'actionModels[resolution].start[0]',
      text: 'Clock started: issue created.',
    },
    { at: '2026-03-03T08:00:00Z', action: 'warning', text: '75 % of the target used (12h).' },
  ],
};

/** An internal goal that ran over and is still running. */
export const handover: GoalEvaluation = {
  goal: 'handover',
  name: 'Second-line handover',
  internal: true,
  state: 'running',
  breached: true,
  targetMs: 4 * HOUR,
  elapsedMs: 5 * HOUR + 20 * 60_000,
  remainingMs: -(HOUR + 20 * 60_000),
  deadline: '2026-03-03T08:40:00Z',
  breachedAt: '2026-03-03T08:40:00Z',
  breachesAt: null,
  completedAt: null,
  warnings: [{ fraction: 0.8, at: '2026-03-03T07:52:00Z', reached: true }],
  calendar: 'cph-office',
  cycles: [
    {
      start: '2026-03-02T11:00:00Z',
      stop: null,
      pausedMs: 0,
      elapsedMs: 19_200_000,
      targetMs: 4 * HOUR,
      breachedAt: '2026-03-03T08:40:00Z',
    },
  ],
  explanation: [],
};

/** Waiting for the customer. */
export const update: GoalEvaluation = {
  goal: 'update',
  name: 'Customer update',
  internal: false,
  state: 'paused',
  breached: false,
  targetMs: 8 * HOUR,
  elapsedMs: 4 * HOUR,
  remainingMs: 4 * HOUR,
  deadline: '2026-03-04T11:00:00Z',
  breachedAt: null,
  breachesAt: null,
  completedAt: null,
  warnings: [],
  calendar: 'cph-office',
  cycles: [
    {
      start: '2026-03-02T07:30:00Z',
      stop: null,
      pausedMs: 3_600_000,
      elapsedMs: 14_400_000,
      targetMs: 8 * HOUR,
      breachedAt: null,
    },
  ],
  explanation: [
    {
      at: '2026-03-03T09:00:00Z',
      action: 'pause',
      event: 'statusEntered "Waiting for customer"',
      historyIndex: 3,
      rule: 'actionModels[update].pause[0]',
      text: 'Clock paused: status is "Waiting for customer".',
    },
  ],
};

/** Missed on the first day. */
export const workaround: GoalEvaluation = {
  goal: 'workaround',
  name: 'Workaround',
  internal: false,
  state: 'missed',
  breached: true,
  targetMs: HOUR,
  elapsedMs: 90 * 60_000,
  remainingMs: -30 * 60_000,
  deadline: null,
  breachedAt: '2026-03-02T08:30:00Z',
  breachesAt: null,
  completedAt: '2026-03-02T09:00:00Z',
  warnings: [{ fraction: 0.5, at: '2026-03-02T08:00:00Z', reached: true }],
  calendar: 'cph-office',
  cycles: [
    {
      start: '2026-03-02T07:30:00Z',
      stop: '2026-03-02T09:00:00Z',
      pausedMs: 0,
      elapsedMs: 5_400_000,
      targetMs: HOUR,
      breachedAt: '2026-03-02T08:30:00Z',
    },
  ],
};

/** SUP-5 at 10:00 UTC on Tuesday 3 March 2026, seen from Copenhagen (UTC+1). */
export const issueView: IssueSlaView = {
  issueKey: 'SUP-5',
  now: '2026-03-03T10:00:00Z',
  timeZone: 'Europe/Copenhagen',
  agreement: { id: 'schultz-prod', name: 'Schultz production support' },
  customer: { id: 'schultz', name: 'Schultz A/S' },
  environment: { id: 'schultz-prod-env', name: 'Schultz production', kind: 'production' },
  product: 'Invoicing',
  priority: {
    id: '2',
    name: 'P2 High',
    rank: 2,
    model: { id: 'numeric', name: 'Numeric P1–P4' },
    jiraPriority: 'High',
  },
  contractVersion: 3,
  goals: [reaction, resolution, handover, update, workaround],
  // The breached handover has the earliest deadline, so it is the next action, overdue.
  nextAction: { goal: 'handover', action: 'Hand over to second line', due: '2026-03-03T08:40:00Z' },
};

/** The same issue before the handover goal: the next action is to resolve it, in 2h 15m. */
export const onTrackView: IssueSlaView = {
  ...issueView,
  goals: [reaction, resolution],
  nextAction: { goal: 'resolution', action: 'Resolve the issue', due: '2026-03-03T12:15:00Z' },
};
