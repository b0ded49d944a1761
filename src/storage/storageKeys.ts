import { createHash } from 'node:crypto';
import { keyViolation } from './kvsRules';

/**
 * Every KVS key the app uses is built here, from parts joined by `:`. A part may be any text
 * (goal ids are free text, instants contain `:`), so each is encoded into what Forge accepts
 * (see `kvsRules.ts`) and cannot be confused with the separator:
 *
 * - letters, digits, `.`, `_` and `-` stay as they are, so keys stay readable;
 * - every other character becomes `#` and its UTF-8 bytes in hex (`@` → `#40`, `:` → `#3A`);
 * - a part longer than `MAX_PART` once encoded (or not valid Unicode) becomes `##` and its
 *   SHA-256 in hex, so a key of up to six parts stays within the 500-character limit.
 *
 * The encoding is one-to-one (`#` always starts an escape: two hex digits, or `#` for a hash),
 * so two different lists of parts never share a key, and `keyPrefix(…parts)` matches the keys
 * that continue those parts and no others.
 */
export function storageKey(...parts: readonly string[]): string {
  const key = parts.map(encodePart).join(SEPARATOR);
  const violation = keyViolation(key);
  if (violation) throw new Error(`storage key ${key}: ${violation.message}`);
  return key;
}

/** The beginning shared by every key that continues `parts`, for a `keys()` listing. */
export function keyPrefix(...parts: readonly string[]): string {
  return storageKey(...parts) + SEPARATOR;
}

const SEPARATOR = ':';
const MAX_PART = 80;
const KEPT = /^[A-Za-z0-9._-]$/;
/** Half of a UTF-16 surrogate pair without its other half: text with no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function encodePart(part: string): string {
  const readable = LONE_SURROGATE.test(part) ? null : escapePart(part);
  if (readable !== null && readable.length <= MAX_PART) return readable;
  // Hashed from its UTF-16 code units, so even text with a lone surrogate keeps its own key.
  return `##${createHash('sha256').update(Buffer.from(part, 'utf16le')).digest('hex')}`;
}

function escapePart(part: string): string {
  let escaped = '';
  for (const char of part) {
    escaped += KEPT.test(char)
      ? char
      : [...Buffer.from(char, 'utf8')]
          .map((byte) => `#${byte.toString(16).toUpperCase().padStart(2, '0')}`)
          .join('');
  }
  return escaped;
}

// The app's keys.

/**
 * Each saved version of a settings document kept under `prefix` (`settings`, `quality-settings`,
 * `devloop-settings`, `kpi-catalogue`, `risk-settings`, `review-schedule`,
 * `relationship-settings`; see `versionedSettings.ts`, `versionChain.ts`).
 */
export const settingsVersionKeyOf =
  (prefix: string) =>
  (version: number): string =>
    storageKey(prefix, 'version', numbered(version));
/** The newest version of the document under `prefix`: a hint that readers read on past. */
export const settingsPointerKey = (prefix: string): string => storageKey(prefix, 'pointer');
/** Each saved version of the app's settings. */
export const settingsVersionKey = settingsVersionKeyOf('settings');
export const SETTINGS_POINTER_KEY = settingsPointerKey('settings');
/** Each saved contract version's head record; its contract and changes are in chunks. */
export const contractVersionKey = (version: number): string =>
  storageKey('contract', 'version', numbered(version));
export const CONTRACT_VERSIONS = keyPrefix('contract', 'version');
/** The newest contract version's head record: a hint (see `versionChain.ts`). */
export const CONTRACT_POINTER_KEY = storageKey('contract', 'pointer');
/** Piece `index` of a part (`contract`, `changes`) of a version, as one save wrote it. */
export const contractChunkKey = (
  version: number,
  save: string,
  part: string,
  index: number,
): string => storageKey('contract', 'chunk', numbered(version), save, part, numbered(index));
/** Every piece one save wrote for a version. */
export const contractChunksOf = (version: number, save: string): string =>
  keyPrefix('contract', 'chunk', numbered(version), save);
/**
 * The claim that makes an escalation fire once per issue, goal cycle and threshold; its value is
 * the escalation's ledger (`escalationLedger.ts`).
 */
export const escalationClaimKey = (
  issueId: string,
  goal: string,
  cycleStart: string,
  at: number | 'breach',
): string => storageKey('escalation', issueId, goal, cycleStart, String(at));
/**
 * Attempt number `attempt` at action `action` of that escalation, claimed before it acts: the
 * claim's parts and one more, so an issue's attempts go with its claims.
 */
export const escalationAttemptKey = (
  issueId: string,
  goal: string,
  cycleStart: string,
  at: number | 'breach',
  action: number,
  attempt: number,
): string =>
  storageKey('escalation', issueId, goal, cycleStart, String(at), `${action}.${attempt}`);
/** The escalation claims and attempts of one issue. */
export const escalationClaimsOf = (issueId: string): string => keyPrefix('escalation', issueId);
/** Every escalation claim and attempt. */
export const ESCALATION_CLAIMS = keyPrefix('escalation');
/** Work the sweep queues again when it falls due: an escalation with actions still to try. */
export const escalationRetryKey = (
  issueId: string,
  goal: string,
  cycleStart: string,
  at: number | 'breach',
): string => storageKey('retry', 'escalation', issueId, goal, cycleStart, String(at));
/** The escalation retries of one issue. */
export const escalationRetriesOf = (issueId: string): string =>
  keyPrefix('retry', 'escalation', issueId);
/** …and an issue whose evaluation failed for good, by issue key (all a failed job knows). */
export const evaluationRetryKey = (issueKey: string): string =>
  storageKey('retry', 'evaluation', issueKey);
/** Every issue whose evaluation is on the retry schedule. */
export const EVALUATION_RETRIES = keyPrefix('retry', 'evaluation');
/** Every scheduled retry. */
export const RETRIES = keyPrefix('retry');
/** An issue's record in the `issue-sla` custom entity (its own key space), by issue id. */
export const issueSlaKey = (issueId: string): string => storageKey('issue', issueId);
/** A re-evaluation run (`reevaluationRuns.ts`): what it measures, and how far it has got. */
export const reevaluationRunKey = (runId: string): string => storageKey('run', runId);
/** The run that re-evaluates the open issues a saved contract version can affect. */
export const versionRunKey = (version: number): string =>
  storageKey('run', 'version', numbered(version));
/** Piece `index` of the draft contract a preview run measures. */
export const runDraftChunkKey = (runId: string, index: number): string =>
  storageKey('run', runId, 'draft', numbered(index));
/** Every piece of a preview run's draft. */
export const runDraftChunksOf = (runId: string): string => keyPrefix('run', runId, 'draft');
/** One batch's record of a run in the `run-batch` custom entity (its own key space). */
export const runBatchKey = (runId: string, batch: number): string =>
  storageKey('run', runId, numbered(batch));
/** A recalculation of closed issues in the contract's history, listed in the order they ran. */
export const contractRecalculationKey = (startedAt: string, runId: string): string =>
  storageKey('contract', 'recalculation', startedAt, runId);
export const CONTRACT_RECALCULATIONS = keyPrefix('contract', 'recalculation');
/** How an agreement's customer reports are scheduled and delivered (`reportDelivery.ts`). */
export const reportDeliverySettingsKey = (agreement: string): string =>
  storageKey('report', 'delivery', agreement);

/** Survicate's signing secret, in KVS's secret store (`secretStore.ts`): never a plain value. */
export const SURVICATE_SECRET_KEY = storageKey('quality', 'survicate-signing-secret');
/** When and by whom the Survicate secret was set: what the admin page shows instead of it. */
export const SURVICATE_SECRET_STATUS_KEY = storageKey('quality', 'survicate-secret-status');
/** An environment's pipeline secret, in KVS's secret store (`environmentVersionsSecrets.ts`). */
export const environmentSecretKey = (environment: string): string =>
  storageKey('devloop', 'environment-secret', environment);
/** When and by whom an environment's pipeline secret was set: what the admin page shows. */
export const environmentSecretStatusKey = (environment: string): string =>
  storageKey('devloop', 'environment-secret-status', environment);
/** Where the sweep of Jira Service Management ratings goes on (`jsmFeedbackSweep.ts`). */
export const JSM_CSAT_SWEEP_CURSOR_KEY = storageKey('quality', 'jsm-csat-sweep-cursor');

/** Zero-padded, so keys list in number order. */
function numbered(n: number): string {
  return String(n).padStart(6, '0');
}
