import type { WorkListPage, WorkListRow } from '../../../src/resolvers/views';

const HOUR = 3_600_000;

export const breachedRow: WorkListRow = {
  key: 'SUP-5',
  summary: 'Invoices stuck in the export queue',
  status: 'In Progress',
  assignee: 'Astrid Holm',
  customer: { id: 'schultz', name: 'Schultz A/S' },
  jiraPriority: 'High',
  priority: { name: 'P2 High', rank: 2, model: 'numeric' },
  nextAction: { goal: 'handover', action: 'Hand over to second line', due: '2026-03-03T08:40:00Z' },
  urgent: {
    goal: 'handover',
    name: 'Second-line handover',
    state: 'running',
    breached: true,
    deadline: '2026-03-03T08:40:00Z',
    remainingMs: -(HOUR + 20 * 60_000),
  },
  tier: 'breached',
};

export const atRiskRow: WorkListRow = {
  key: 'SUP-8',
  summary: 'Payroll run fails for one department',
  status: 'Open',
  assignee: null,
  customer: { id: 'fjord', name: 'Fjord Logistikk AS' },
  jiraPriority: 'Highest',
  priority: { name: 'Critical', rank: 1, model: 'named' },
  nextAction: { goal: 'resolution', action: 'Resolve the issue', due: '2026-03-03T12:15:00Z' },
  urgent: {
    goal: 'resolution',
    name: 'Time to resolution',
    state: 'running',
    breached: false,
    deadline: '2026-03-03T12:15:00Z',
    remainingMs: 2 * HOUR + 15 * 60_000,
  },
  tier: 'atRisk',
};

export const onTrackRow: WorkListRow = {
  key: 'SUP-12',
  summary: 'Question about the March release notes',
  status: 'Waiting for customer',
  assignee: 'Bo Lind',
  customer: { id: 'schultz', name: 'Schultz A/S' },
  jiraPriority: 'Low',
  priority: { name: 'P4 Low', rank: 4, model: 'numeric' },
  nextAction: null,
  urgent: {
    goal: 'update',
    name: 'Customer update',
    state: 'paused',
    breached: false,
    deadline: '2026-03-05T11:00:00Z',
    remainingMs: 4 * HOUR,
  },
  tier: 'onTrack',
};

export const OPTIONS: WorkListPage['options'] = {
  customers: [
    { id: 'fjord', name: 'Fjord Logistikk AS' },
    { id: 'schultz', name: 'Schultz A/S' },
  ],
  products: ['Invoicing', 'Payroll'],
  teams: ['support-team', 'second-line', 'team-leads'],
};

export function page(
  rows: readonly WorkListRow[],
  nextPageToken: string | null = null,
): WorkListPage {
  return {
    now: '2026-03-03T10:00:00Z',
    timeZone: 'Europe/Copenhagen',
    rows,
    nextPageToken,
    options: OPTIONS,
  };
}
