import fc from 'fast-check';
import { keyViolation } from './kvsRules';
import {
  contractChunkKey,
  contractChunksOf,
  CONTRACT_POINTER_KEY,
  contractRecalculationKey,
  CONTRACT_RECALCULATIONS,
  contractVersionKey,
  CONTRACT_VERSIONS,
  escalationAttemptKey,
  escalationClaimKey,
  escalationClaimsOf,
  ESCALATION_CLAIMS,
  escalationRetriesOf,
  escalationRetryKey,
  evaluationRetryKey,
  keyPrefix,
  reevaluationRunKey,
  RETRIES,
  runDraftChunkKey,
  runDraftChunksOf,
  SETTINGS_POINTER_KEY,
  settingsVersionKey,
  storageKey,
} from './storageKeys';

/** Parts of any text: free-text ids, instants, separators, emoji, lone surrogates, long runs. */
const part = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(':', '#', '#40', '##', '@', ' ', '', 'a:b', 'a#3Ab', '\ud800', '\udc00'),
);
/** What follows a key's namespace (every app key starts with one: `escalation`, `contract`…). */
const parts = fc.array(part, { minLength: 1, maxLength: 5 });
const nsKey = (p: readonly string[]) => storageKey('ns', ...p);

describe('storage keys', () => {
  it('keep keys that need no escaping as they were', () => {
    expect(SETTINGS_POINTER_KEY).toBe('settings:pointer');
    expect(settingsVersionKey(3)).toBe('settings:version:000003');
    expect(CONTRACT_POINTER_KEY).toBe('contract:pointer');
    expect(contractVersionKey(12)).toBe('contract:version:000012');
    expect(CONTRACT_VERSIONS).toBe('contract:version:');
    const chunk = contractChunkKey(12, '5f0c-9e', 'contract', 2);
    expect(chunk).toBe('contract:chunk:000012:5f0c-9e:contract:000002');
    expect(chunk.startsWith(contractChunksOf(12, '5f0c-9e'))).toBe(true);
    expect(chunk.startsWith(CONTRACT_VERSIONS)).toBe(false);
  });

  it('make readable, valid claim keys from free-text goal ids and ISO instants', () => {
    const key = escalationClaimKey('10042', 'first reply@P1', '2026-03-02T07:00:00.000Z', 0.75);
    expect(key).toBe('escalation:10042:first#20reply#40P1:2026-03-02T07#3A00#3A00.000Z:0.75');
    expect(keyViolation(key)).toBeNull();
    expect(key.startsWith(escalationClaimsOf('10042'))).toBe(true);
    expect(key.startsWith(escalationClaimsOf('1004'))).toBe(false);
  });

  it('give Forge a valid key for any parts', () => {
    fc.assert(fc.property(parts, (p) => keyViolation(nsKey(p)) === null));
  });

  it('never give two different lists of parts the same key', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        return nsKey(a) !== nsKey(b);
      }),
    );
    expect(storageKey('a', 'b:c')).not.toBe(storageKey('a:b', 'c'));
    expect(storageKey('x', '\ud800')).not.toBe(storageKey('x', '\udc00'));
  });

  it('list, under a prefix, exactly the keys that continue its parts', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const head = a.slice(0, -1);
        const continues =
          b.length > head.length &&
          JSON.stringify(b.slice(0, head.length)) === JSON.stringify(head);
        return nsKey(b).startsWith(keyPrefix('ns', ...head)) === continues;
      }),
    );
  });

  it('hash a part too long to keep readable', () => {
    const goal = 'g'.repeat(81);
    const key = escalationClaimKey('1', goal, '2026-03-02T07:00:00.000Z', 'breach');
    expect(key).toMatch(/^escalation:1:##[0-9a-f]{64}:2026-03-02T07#3A00#3A00\.000Z:breach$/);
    expect(storageKey('g'.repeat(80))).toBe('g'.repeat(80));
  });

  it("keep an escalation's attempts under its claim, and its retry apart, whatever the parts", () => {
    fc.assert(
      fc.property(part, part, (goal, cycleStart) => {
        const claim = escalationClaimKey('10042', goal, cycleStart, 0.75);
        const attempt = escalationAttemptKey('10042', goal, cycleStart, 0.75, 2, 7);
        const retry = escalationRetryKey('10042', goal, cycleStart, 0.75);
        return (
          attempt.startsWith(`${claim}:`) &&
          attempt.startsWith(escalationClaimsOf('10042')) &&
          !retry.startsWith(ESCALATION_CLAIMS) &&
          retry.startsWith(escalationRetriesOf('10042')) &&
          retry.startsWith(RETRIES) &&
          evaluationRetryKey('SUP-1').startsWith(RETRIES)
        );
      }),
    );
  });

  it("keep a run's draft under the run, and recalculations apart from versions, in time order", () => {
    const run = '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f';
    expect(reevaluationRunKey(run)).toBe(`run:${run}`);
    expect(runDraftChunkKey(run, 1)).toBe(`run:${run}:draft:000001`);
    expect(runDraftChunkKey(run, 1).startsWith(runDraftChunksOf(run))).toBe(true);
    const march = contractRecalculationKey('2026-03-02T09:00:00.000Z', run);
    const april = contractRecalculationKey('2026-04-01T08:00:00.000Z', run);
    expect(march.startsWith(CONTRACT_RECALCULATIONS)).toBe(true);
    expect(march.startsWith(CONTRACT_VERSIONS)).toBe(false);
    expect(march < april).toBe(true);
  });
});
