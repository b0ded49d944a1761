import { exampleContract } from '../../../test/support/contractVariants';
import type { Agreement, Contract } from '../contract/types';
import { weekdays } from '../../../test/support/calendars';
import { obligationSentences, obligationTables } from './obligationSentences';

const contract = exampleContract;
const agreement = (id: string) => contract.agreements.find((a) => a.id === id)!;

/** A small contract: one response goal, one resolution goal, one internal goal, one named goal. */
const small: Contract = {
  ...contract,
  calendars: [
    {
      id: 'office',
      timeZone: 'Europe/Copenhagen',
      week: weekdays([['08:00', '16:00']]),
      holidaySets: ['dk'],
    },
    { id: 'always', timeZone: 'Europe/Copenhagen', week: 'always' },
  ],
  goals: [
    { id: 'reaction', name: 'Reaction time', actionModel: 'reaction', calendar: 'office' },
    { id: 'resolution', name: 'Resolution time', actionModel: 'resolution', calendar: 'office' },
    {
      id: 'pickup',
      name: '2nd line pick-up',
      actionModel: 'second-line-pickup',
      calendar: 'office',
      internal: true,
    },
    {
      id: 'escalation',
      name: 'Escalation pick-up',
      actionModel: 'second-line-pickup',
      calendar: 'office',
    },
    { id: 'updates', name: 'Status updates', actionModel: 'status-update', calendar: 'office' },
  ],
};
const gold: Agreement = {
  id: 'gold',
  name: 'Gold',
  customer: 'schultz',
  product: 'ihlp',
  priorityModel: 'numeric',
  validFrom: '2026-01-01',
  obligations: [
    { goal: 'reaction', issueTypes: ['Incident'], targets: { '1': 'PT2H', '2': 'PT4H' } },
    {
      goal: 'resolution',
      issueTypes: ['Incident', 'Problem'],
      targets: { '1': 'PT8H', '2': 'P1D' },
      calendar: 'always',
    },
    { goal: 'pickup', issueTypes: ['Incident'], targets: { '1': 'PT30M', '2': 'PT1H' } },
    { goal: 'escalation', issueTypes: ['Incident'], targets: { '1': 'PT1H30M' } },
    { goal: 'updates', issueTypes: ['Incident'], targets: { '2': 'PT4H' } },
  ],
};

describe('obligationSentences', () => {
  it('says each customer-facing promise in plain words', () => {
    expect(obligationSentences(small, gold, 'Incident', '1')).toEqual([
      {
        goal: 'reaction',
        text: 'We respond within 2 business hours, Mon–Fri 08:00–16:00 Copenhagen time, except public holidays.',
      },
      { goal: 'resolution', text: 'We resolve your request within 8 hours, around the clock.' },
      {
        goal: 'escalation',
        text: 'Escalation pick-up: within 1 business hour 30 minutes, Mon–Fri 08:00–16:00 Copenhagen time, except public holidays.',
      },
    ]);
  });

  it('promises updates for a clock an agent comment starts over', () => {
    expect(obligationSentences(small, gold, 'Incident', '2').map((s) => s.text)).toContain(
      'We update you at least every 4 business hours, Mon–Fri 08:00–16:00 Copenhagen time, except public holidays.',
    );
  });

  it('reads a clock a reply or the resolution stops as a response, whatever the rules’ order', () => {
    const reaction = small.actionModels.find((m) => m.id === 'reaction')!;
    const either: Contract = {
      ...small,
      actionModels: small.actionModels.map((m) =>
        m.id === 'reaction'
          ? { ...reaction, stop: [{ on: 'resolutionSet' }, { on: 'commentByAgent' }] }
          : m,
      ),
    };
    const [first] = obligationSentences(either, gold, 'Incident', '1');
    expect(first).toMatchObject({
      goal: 'reaction',
      text: expect.stringMatching(/^We respond within /),
    });
  });

  it('never mentions an internal goal', () => {
    for (const priority of ['1', '2']) {
      const sentences = obligationSentences(small, gold, 'Incident', priority);
      expect(sentences.map((s) => s.goal)).not.toContain('pickup');
      expect(JSON.stringify(sentences)).not.toMatch(/2nd line/);
    }
  });

  it('keeps to the issue type and to goals with a target for the priority', () => {
    expect(obligationSentences(small, gold, 'Problem', '2').map((s) => s.goal)).toEqual([
      'resolution',
    ]);
    expect(obligationSentences(small, gold, 'Service request', '1')).toEqual([]);
    expect(obligationSentences(small, gold, 'Incident', 'nope')).toEqual([]);
  });

  it('leaves out internal goals of the example contract', () => {
    const internal = new Set(contract.goals.filter((g) => g.internal).map((g) => g.id));
    for (const a of contract.agreements) {
      for (const o of a.obligations) {
        for (const type of o.issueTypes) {
          for (const priority of Object.keys(o.targets)) {
            for (const s of obligationSentences(contract, a, type, priority)) {
              expect(internal.has(s.goal)).toBe(false);
            }
          }
        }
      }
    }
  });
});

describe('obligationTables', () => {
  it('has a table per customer-facing goal, targets most urgent first', () => {
    expect(obligationTables(small, gold)).toEqual([
      {
        goal: 'reaction',
        goalName: 'Reaction time',
        issueTypes: ['Incident'],
        hours: 'Mon–Fri 08:00–16:00 Copenhagen time, except public holidays',
        targets: [
          { priority: 'Priority 1', target: '2 business hours' },
          { priority: 'Priority 2', target: '4 business hours' },
        ],
      },
      {
        goal: 'resolution',
        goalName: 'Resolution time',
        issueTypes: ['Incident', 'Problem'],
        hours: 'around the clock',
        targets: [
          { priority: 'Priority 1', target: '8 hours' },
          { priority: 'Priority 2', target: '1 day' },
        ],
      },
      {
        goal: 'escalation',
        goalName: 'Escalation pick-up',
        issueTypes: ['Incident'],
        hours: 'Mon–Fri 08:00–16:00 Copenhagen time, except public holidays',
        targets: [{ priority: 'Priority 1', target: '1 business hour 30 minutes' }],
      },
      {
        goal: 'updates',
        goalName: 'Status updates',
        issueTypes: ['Incident'],
        hours: 'Mon–Fri 08:00–16:00 Copenhagen time, except public holidays',
        targets: [{ priority: 'Priority 2', target: '4 business hours' }],
      },
    ]);
  });

  it('shows no internal goal for any agreement of the example contract', () => {
    const internal = contract.goals.filter((g) => g.internal).map((g) => g.id);
    for (const a of contract.agreements) {
      const goals = obligationTables(contract, a).map((t) => t.goal);
      for (const id of internal) expect(goals).not.toContain(id);
    }
    expect(obligationTables(contract, agreement('schultz-prod-gold')).length).toBeGreaterThan(0);
  });
});
