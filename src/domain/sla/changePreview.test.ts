import example from '../../../examples/contract.json';
import { compileValidContract, type Contract } from '../contract';
import {
  addIssueChange,
  compareEvaluations,
  EMPTY_PREVIEW,
  EXAMPLES_PER_AGREEMENT,
  mergePreviews,
  type ChangePreview,
} from './changePreview';
import { evaluateIssue } from './evaluateIssue';
import type { Evaluation, GoalEvaluation, IssueSnapshot } from './types';
import { withReactionTarget } from '../../../test/support/contractVariants';

const contract = example as unknown as Contract;

/** A Priority 2 incident for Schultz production, created Monday 07:00 UTC (08:00 local). */
const incident = (key: string, history: IssueSnapshot['history'] = []): IssueSnapshot => ({
  key,
  issueType: 'Incident',
  priority: '2',
  status: 'Open',
  customer: 'schultz',
  environment: 'schultz-prod',
  product: 'ihlp',
  created: '2026-03-02T07:00:00.000Z',
  history,
});

const now = Date.parse('2026-03-02T07:20:00.000Z');
const evaluate = (c: Contract, issue: IssueSnapshot) =>
  evaluateIssue(compileValidContract(c), issue, now);

describe('compareEvaluations', () => {
  it('reports a later deadline, with the goal and both instants', () => {
    const issue = incident('SUP-1');
    const change = compareEvaluations(
      'SUP-1',
      evaluate(contract, issue),
      evaluate(withReactionTarget('PT1H'), issue),
    );
    expect(change).toEqual({
      key: 'SUP-1',
      agreement: 'schultz-prod-gold',
      changed: true,
      later: true,
      earlier: false,
      breached: false,
      unbreached: false,
      deadlines: [
        {
          key: 'SUP-1',
          goal: 'reaction',
          before: '2026-03-02T07:30:00.000Z',
          after: '2026-03-02T08:00:00.000Z',
        },
      ],
    });
  });

  it('reports an earlier deadline that breaches the issue, and the way back', () => {
    const issue = incident('SUP-2');
    const inForce = evaluate(contract, issue);
    const shorter = evaluate(withReactionTarget('PT15M'), issue);
    expect(compareEvaluations('SUP-2', inForce, shorter)).toMatchObject({
      earlier: true,
      later: false,
      breached: true,
      unbreached: false,
    });
    expect(compareEvaluations('SUP-2', shorter, inForce)).toMatchObject({
      later: true,
      breached: false,
      unbreached: true,
    });
  });

  it('counts a met goal that becomes missed as breached, with no deadline to show', () => {
    // The agent replied after 20 minutes: met under 30 minutes, missed under 15.
    const issue = incident('SUP-3', [
      { at: '2026-03-02T07:20:00.000Z', type: 'comment', author: 'agent' },
    ]);
    const change = compareEvaluations(
      'SUP-3',
      evaluate(contract, issue),
      evaluate(withReactionTarget('PT15M'), issue),
    );
    expect(change).toMatchObject({ changed: true, breached: true, later: false, earlier: false });
    expect(change.deadlines).toEqual([]);
  });

  it('sees no change when the draft measures the issue the same way', () => {
    const issue = incident('SUP-4');
    const change = compareEvaluations(
      'SUP-4',
      evaluate(contract, issue),
      evaluate(withReactionTarget('PT30M'), issue),
    );
    expect(change).toMatchObject({ changed: false, later: false, earlier: false, deadlines: [] });
  });

  it('lists a goal that appears or goes as a deadline from or to none', () => {
    const running = (goal: string, deadline: string): GoalEvaluation => ({
      ...evaluate(contract, incident('SUP-5')).goals[0]!,
      goal,
      deadline,
    });
    const before: Evaluation = {
      agreement: 'a',
      contractVersion: 1,
      goals: [running('reaction', '2026-03-02T08:00:00.000Z')],
      nextAction: null,
    };
    const after: Evaluation = {
      ...before,
      agreement: 'b',
      goals: [running('resolution', '2026-03-03T08:00:00.000Z')],
    };
    const change = compareEvaluations('SUP-5', before, after);
    expect(change).toMatchObject({ agreement: 'b', changed: true, later: false, earlier: false });
    expect(change.deadlines.map((d) => [d.goal, d.before, d.after])).toEqual([
      ['resolution', null, '2026-03-03T08:00:00.000Z'],
      ['reaction', '2026-03-02T08:00:00.000Z', null],
    ]);
  });
});

describe('adding up a preview', () => {
  const changes = Array.from({ length: 8 }, (_, i) => {
    const issue = incident(`SUP-${i + 10}`);
    return compareEvaluations(
      issue.key,
      evaluate(contract, issue),
      evaluate(withReactionTarget(i % 2 === 0 ? 'PT1H' : 'PT15M'), issue),
    );
  });

  it('counts per agreement and keeps a few examples', () => {
    const preview = changes.reduce(addIssueChange, EMPTY_PREVIEW);
    expect(preview.agreements).toHaveLength(1);
    expect(preview.agreements[0]).toMatchObject({
      agreement: 'schultz-prod-gold',
      issues: 8,
      changed: 8,
      later: 4,
      earlier: 4,
      breached: 4,
      unbreached: 0,
    });
    expect(preview.agreements[0]!.examples.map((e) => e.key)).toEqual(
      changes.slice(0, EXAMPLES_PER_AGREEMENT).map((c) => c.key),
    );
  });

  it('gives the same preview however the issues were split into batches', () => {
    const whole = changes.reduce(addIssueChange, EMPTY_PREVIEW);
    const batches: ChangePreview[] = [
      changes.slice(0, 3).reduce(addIssueChange, EMPTY_PREVIEW),
      changes.slice(3).reduce(addIssueChange, EMPTY_PREVIEW),
    ];
    expect(batches.reduce(mergePreviews, EMPTY_PREVIEW)).toEqual(whole);
  });

  it('orders agreements by id, issues without one last', () => {
    const row = (agreement: string | null) => ({
      agreement,
      issues: 1,
      changed: 0,
      later: 0,
      earlier: 0,
      breached: 0,
      unbreached: 0,
      examples: [],
    });
    const merged = mergePreviews(
      { agreements: [row(null), row('b')] },
      { agreements: [row('a'), row('b')] },
    );
    expect(merged.agreements.map((a) => [a.agreement, a.issues])).toEqual([
      ['a', 1],
      ['b', 2],
      [null, 1],
    ]);
  });
});
