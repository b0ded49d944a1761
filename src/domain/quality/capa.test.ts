import { applyCapa, checkIsDue, NEW_CAPA, type Capa, type CapaCommand } from './capa';

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-01T09:00:00Z');

/** Applies commands in turn, failing the test on a refusal. */
function run(capa: Capa, ...commands: CapaCommand[]): Capa {
  return commands.reduce((c, command, i) => {
    const result = applyCapa(c, command, 'lead-1', T0 + i);
    if (!result.ok) throw new Error(`${command.type}: ${JSON.stringify(result.errors)}`);
    return result.capa;
  }, capa);
}

const contained = (): Capa =>
  run(NEW_CAPA, { type: 'contain', containment: 'Paused the release', correction: 'Rolled back' });

const analysed = (): Capa =>
  run(
    contained(),
    { type: 'decideCause', actionNeeded: true, reason: 'Three customers hit it' },
    {
      type: 'analyseRootCause',
      whys: ['Upgrade broke login', 'No regression test', 'Test plan misses SSO'],
      fishbone: { process: ['No SSO step in the test plan'], tools: [] },
      rootCause: 'The release test plan has no SSO step',
    },
  );

const action = (issueKey: string, kind: 'corrective' | 'preventive' = 'corrective') => ({
  type: 'addAction' as const,
  action: { kind, issueKey, owner: 'dev-1', dueDate: '2026-12-15' },
});

describe('CAPA', () => {
  it('walks the steps in order and refuses a step out of turn', () => {
    expect(contained().step).toBe('causeDecision');
    const early = applyCapa(NEW_CAPA, { type: 'completeCorrective' }, 'lead-1', T0);
    expect(early).toEqual({
      ok: false,
      errors: [
        { path: '$.type', message: 'cannot completeCorrective during containment and correction' },
      ],
    });
  });

  it('refuses a step with required fields empty, naming each', () => {
    const result = applyCapa(
      NEW_CAPA,
      { type: 'contain', containment: ' ', correction: '' },
      'u',
      T0,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      '$.containment',
      '$.correction',
    ]);
  });

  it('closes with a reason when no action on the cause is needed', () => {
    const closed = run(contained(), {
      type: 'decideCause',
      actionNeeded: false,
      reason: 'One-off typo',
    });
    expect(closed).toMatchObject({ step: 'closed', causeActionNeeded: false, closedAt: T0 });
  });

  it('checks the root cause form: 1 to 5 whys, known fishbone categories', () => {
    const capa = run(contained(), { type: 'decideCause', actionNeeded: true, reason: 'Recurring' });
    const bad = applyCapa(
      capa,
      { type: 'analyseRootCause', whys: [], fishbone: { money: ['x'] } as never, rootCause: 'x' },
      'u',
      T0,
    );
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['$.whys', '$.fishbone.money']);
    expect(analysed()).toMatchObject({
      step: 'correctiveActions',
      fishbone: { process: ['No SSO step in the test plan'] },
    });
  });

  it('cannot complete corrective actions while one is open, or with none', () => {
    const none = applyCapa(analysed(), { type: 'completeCorrective' }, 'u', T0);
    expect(!none.ok && none.errors[0]!.message).toBe('needs at least one corrective action');
    const withOpen = run(analysed(), action('QM-2'), action('QM-3'), {
      type: 'actionStatus',
      issueKey: 'QM-2',
      done: true,
    });
    const refused = applyCapa(withOpen, { type: 'completeCorrective' }, 'u', T0);
    expect(!refused.ok && refused.errors.map((e) => e.message)).toEqual(['QM-3 is still open']);
    const done = run(
      withOpen,
      { type: 'actionStatus', issueKey: 'QM-3', done: true },
      { type: 'completeCorrective' },
    );
    expect(done.step).toBe('preventiveActions');
  });

  it('refuses an action of the wrong kind, a bad key, a duplicate and a bad date', () => {
    const capa = run(analysed(), action('QM-2'));
    const bad = applyCapa(
      capa,
      {
        type: 'addAction',
        action: { kind: 'preventive', issueKey: 'QM-2', owner: '', dueDate: '15/12' },
      },
      'u',
      T0,
    );
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual([
      '$.action.kind',
      '$.action.issueKey',
      '$.action.owner',
      '$.action.dueDate',
    ]);
  });

  const checking = (): Capa =>
    run(
      analysed(),
      action('QM-2'),
      { type: 'actionStatus', issueKey: 'QM-2', done: true },
      { type: 'completeCorrective' },
      { type: 'completePreventive', observationDays: 30, noPreventiveReason: 'Covered by QM-2' },
    );

  it('needs a reason when no preventive action is taken, and schedules the check', () => {
    const capa = run(
      analysed(),
      action('QM-2'),
      { type: 'actionStatus', issueKey: 'QM-2', done: true },
      { type: 'completeCorrective' },
    );
    const refused = applyCapa(capa, { type: 'completePreventive', observationDays: 60 }, 'u', T0);
    expect(!refused.ok && refused.errors[0]!.path).toBe('$.noPreventiveReason');
    const scheduled = checking();
    expect(scheduled.step).toBe('effectivenessCheck');
    expect(checkIsDue(scheduled, scheduled.checkDueAt! - 1)).toBe(false);
    expect(checkIsDue(scheduled, scheduled.checkDueAt!)).toBe(true);
  });

  it('closes when effective after the window, and not before it ends', () => {
    const capa = checking();
    const early = applyCapa(
      capa,
      { type: 'checkEffectiveness', effective: true, evidence: 'ok' },
      'u',
      capa.checkDueAt! - DAY,
    );
    expect(early.ok).toBe(false);
    const closed = applyCapa(
      capa,
      { type: 'checkEffectiveness', effective: true, evidence: 'No recurrence in 30 days' },
      'u',
      capa.checkDueAt!,
    );
    expect(closed.ok && closed.capa).toMatchObject({ step: 'closed', closedAt: capa.checkDueAt });
  });

  it('reopens at the root cause, one round more, when the problem recurred', () => {
    const result = applyCapa(
      checking(),
      { type: 'recurred', evidence: 'New rating 1 on SUP-9' },
      'app',
      T0,
    );
    expect(result.ok && result.capa).toMatchObject({
      step: 'rootCause',
      round: 2,
      checkDueAt: null,
    });
    // The earlier round's analysis stays, to be revised; the audit says what moved.
    expect(result.ok && result.audit.map((a) => a.field).sort()).toEqual(
      ['checkDueAt', 'checkEvidence', 'observationDays', 'round', 'step'].sort(),
    );
  });

  it('audits every changed field with who, when, before and after', () => {
    const result = applyCapa(
      NEW_CAPA,
      { type: 'contain', containment: 'Paused', correction: 'Rolled back' },
      'lead-1',
      T0,
    );
    expect(result.ok && result.audit).toEqual([
      {
        at: T0,
        actor: 'lead-1',
        action: 'contain',
        field: 'step',
        before: 'containment',
        after: 'causeDecision',
      },
      {
        at: T0,
        actor: 'lead-1',
        action: 'contain',
        field: 'containment',
        before: null,
        after: 'Paused',
      },
      {
        at: T0,
        actor: 'lead-1',
        action: 'contain',
        field: 'correction',
        before: null,
        after: 'Rolled back',
      },
    ]);
  });
});
