import {
  PORTAL_CHOICE_FORMAT,
  type PortalAgreementOption,
  type PortalChoice,
  type PortalCreateView,
  type PortalGoalView,
  type PortalProfileView,
  type PortalRequestView,
} from '../../../src/resolvers/portalViews';

const PRIORITIES = [
  { id: '3', name: 'Medium', rank: 3 },
  { id: '1', name: 'Critical', rank: 1 },
  { id: '2', name: 'High', rank: 2 },
];

export const GOLD: PortalAgreementOption = {
  id: 'gold',
  name: 'Gold support',
  environments: [
    { id: 'prod', name: 'Production', kind: 'production' },
    { id: 'test', name: 'Test', kind: 'test' },
  ],
  priorities: PRIORITIES,
};

export const BASIC: PortalAgreementOption = {
  id: 'basic',
  name: 'Basic support',
  environments: [],
  priorities: PRIORITIES.filter((p) => p.id !== '1'),
};

const RESPOND: Record<string, string> = {
  '1': '30 business minutes',
  '2': '1 business hour',
  '3': '2 business hours',
};

/**
 * What `getPortalCreateOptions` answers for a selection: defaults as the resolver fills them
 * (the first agreement, its first environment, priority Medium), promises that name the priority.
 */
export function createView(
  selection: { agreement?: string; environment?: string | null; priority?: string } = {},
  agreements: readonly PortalAgreementOption[] = [GOLD, BASIC],
): PortalCreateView {
  const agreement = agreements.find((a) => a.id === selection.agreement) ?? agreements[0]!;
  const priority = selection.priority ?? '3';
  const choice: PortalChoice = {
    format: PORTAL_CHOICE_FORMAT,
    customer: 'cust-a',
    agreement: agreement.id,
    environment: selection.environment ?? agreement.environments[0]?.id ?? null,
    priority,
  };
  return {
    customer: { id: 'cust-a', name: 'Acme A/S' },
    requestType: { id: 10, name: 'Report a problem', issueType: 'Incident' },
    agreements,
    choice,
    obligations: [
      {
        goal: 'response',
        text: `We respond within ${RESPOND[priority]}, Mon–Fri 08:00–16:00 Copenhagen time.`,
      },
      { goal: 'resolution', text: 'We resolve it within 3 business days.' },
    ],
  };
}

export const noChoiceView = (notice: string): PortalCreateView => ({
  customer: null,
  requestType: null,
  agreements: [],
  choice: null,
  obligations: [],
  notice,
});

export function goal(overrides: Partial<PortalGoalView> = {}): PortalGoalView {
  return {
    goal: 'response',
    name: 'First response',
    state: 'running',
    stateText: 'On track',
    target: '2 business hours',
    deadline: '2026-03-10T09:30:00Z',
    pausedReason: null,
    breached: false,
    completedAt: null,
    ...overrides,
  };
}

export function requestView(overrides: Partial<PortalRequestView> = {}): PortalRequestView {
  return {
    requestKey: 'SUP-7',
    timeZone: 'Europe/Copenhagen',
    now: '2026-03-10T08:00:00Z',
    agreement: { id: 'gold', name: 'Gold support' },
    goals: [
      goal(),
      goal({
        goal: 'resolution',
        name: 'Resolution',
        state: 'paused',
        stateText: 'Paused: waiting for your reply',
        target: '3 business days',
        deadline: '2026-03-13T15:00:00Z',
        pausedReason: 'waiting for your reply',
      }),
    ],
    ourNextStep: { text: 'We will reply to you.', due: '2026-03-10T09:30:00Z' },
    yourNextStep: 'Send us the log file we asked for.',
    resolved: false,
    feedback: { canRate: false, given: null },
    ...overrides,
  };
}

export const resolvedView = (overrides: Partial<PortalRequestView> = {}): PortalRequestView =>
  requestView({
    goals: [
      goal({ state: 'met', stateText: 'Met', deadline: null, completedAt: '2026-03-10T09:00:00Z' }),
    ],
    ourNextStep: null,
    yourNextStep: null,
    resolved: true,
    feedback: { canRate: true, given: null },
    ...overrides,
  });

export function profileView(): PortalProfileView {
  return {
    customers: [
      {
        id: 'cust-a',
        name: 'Acme A/S',
        agreements: [
          {
            id: 'gold',
            name: 'Gold support',
            product: 'Payroll Cloud',
            environments: ['Production', 'Test'],
            validFrom: '2026-01-01',
            validTo: '2027-01-01',
            obligations: [
              {
                goal: 'response',
                goalName: 'First response',
                issueTypes: ['Incident'],
                hours: 'Mon–Fri 08:00–16:00 Copenhagen time',
                targets: [
                  { priority: 'Critical', target: '30 business minutes' },
                  { priority: 'High', target: '1 business hour' },
                ],
              },
              {
                goal: 'restore',
                goalName: 'Service restored',
                issueTypes: [],
                hours: 'around the clock',
                targets: [{ priority: 'Critical', target: '4 hours' }],
              },
            ],
          },
        ],
        reports: [
          {
            reportId: 'rep-2026-02',
            agreement: { id: 'gold', name: 'Gold support' },
            period: '2026-02',
            revision: 2,
            issuedAt: '2026-03-03T12:00:00Z',
            contentHash: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
          },
        ],
      },
    ],
  };
}
