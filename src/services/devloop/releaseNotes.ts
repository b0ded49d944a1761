/**
 * Release notes for the customer: when an environment's new version is accepted, the customer's
 * contacts (those the contract names with an Atlassian account id) get one message listing the
 * cases of theirs the new version fixes and the previous one did not (`casesFixedByUpgrade`).
 *
 * Jira sends it: `POST /rest/api/3/issue/{issueIdOrKey}/notify`
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post)
 * needs an issue, and the first fixed case (by key) is it: it is the customer's own request, which
 * the contacts can see, whereas an agreement's report delivery issue concerns reports and is not
 * set for every customer. Once per report: the `release_notes` row is the claim; a report that
 * fixes nothing of theirs, or a customer without contacts to tell, gets a `none` row. A failed
 * notification is retried by the sweep (`retryClosures.ts`); one cut off after Jira sent it is
 * sent again (at least once, as the report delivery's notification).
 */
import type { ContractModel } from '../../domain/contract/compileContract';
import { casesFixedByUpgrade } from '../../domain/devloop/waitingCases';
import {
  contactAccountIds,
  environmentName,
  knownEnvironments,
} from '../../domain/devloop/waitingCasesEnvironments';
import type { NotificationBody } from '../../jira/types';
import { fixedCases, versionBefore } from '../../storage/devloop/caseClosures';
import type { EnvironmentVersionReport } from '../../storage/devloop/environmentVersions';
import {
  claimReleaseNote,
  finishReleaseNoteAttempt,
  releaseNoteOf,
  startReleaseNoteAttempt,
  type ReleaseNote,
} from '../../storage/devloop/releaseNotes';
import type { AppContext } from '../appContext';

/** The most cases one message lists (Jira's bulk fetch reads 100 summaries a request). */
export const MAX_LISTED_CASES = 100;

/** Claims and sends the release notes of `report`, unless they were handled before. */
export async function sendReleaseNotes(
  ctx: AppContext,
  model: ContractModel | null,
  report: EnvironmentVersionReport,
): Promise<ReleaseNote | undefined> {
  const before = await releaseNoteOf(ctx.sql, report.reportId);
  if (before) return before;
  const environment = knownEnvironments(model).find((e) => e.id === report.environment);
  const previous = (await versionBefore(ctx.sql, report)) ?? environment?.version ?? null;
  const cases = await fixedCases(ctx.sql, { environment: report.environment }, 1000);
  const fixed = casesFixedByUpgrade(
    {
      environment: report.environment,
      customer: environment?.customer ?? null,
      product: environment?.product ?? report.product,
      previous,
      current: report.version,
    },
    cases,
  ).slice(0, MAX_LISTED_CASES);
  const contacts = contactAccountIds(model, environment?.customer);
  const status = fixed.length > 0 && contacts.length > 0 ? 'pending' : 'none';
  if (fixed.length > 0 && contacts.length === 0) {
    ctx.log('dev loop: no contact with an account id to send release notes to', {
      customer: environment?.customer ?? null,
      reportId: report.reportId,
    });
  }
  const claimed = await claimReleaseNote(
    ctx.sql,
    {
      reportId: report.reportId,
      environment: report.environment,
      status,
      issueKey: fixed[0]?.caseKey ?? null,
      caseKeys: fixed.map((c) => c.caseKey),
    },
    ctx.now(),
  );
  const note = await releaseNoteOf(ctx.sql, report.reportId);
  if (claimed && note?.status === 'pending') {
    await attemptReleaseNote(ctx, model, note, report.version);
    return releaseNoteOf(ctx.sql, report.reportId);
  }
  return note;
}

/** One attempt at sending, if this caller wins it; true when Jira took it. */
export async function attemptReleaseNote(
  ctx: AppContext,
  model: ContractModel | null,
  seen: ReleaseNote,
  version: string,
): Promise<boolean> {
  if (seen.issueKey === null || seen.caseKeys.length === 0) return false;
  if (!(await startReleaseNoteAttempt(ctx.sql, seen, ctx.now()))) return false;
  const environment = knownEnvironments(model).find((e) => e.id === seen.environment);
  const users = contactAccountIds(model, environment?.customer);
  try {
    if (users.length === 0) throw new Error('the customer has no contact with an account id');
    const { issues } = await ctx.jira.bulkFetchIssues(seen.caseKeys, ['summary']);
    const summaries = new Map(
      issues.map((i) => [i.key, String((i.fields as { summary?: unknown }).summary ?? '')]),
    );
    const cases = seen.caseKeys.map((key) => ({ key, summary: summaries.get(key) ?? '' }));
    await ctx.jira.notify(
      seen.issueKey,
      releaseNotesMessage(version, environmentName(model, seen.environment), cases, users),
    );
    await finishReleaseNoteAttempt(ctx.sql, seen.reportId, { sentAt: ctx.now() });
    return true;
  } catch (error) {
    await finishReleaseNoteAttempt(ctx.sql, seen.reportId, { error: String(error) });
    ctx.log('dev loop: release notes failed, the sweep retries them', {
      reportId: seen.reportId,
      attempt: seen.attempts + 1,
      error: String(error),
    });
    return false;
  }
}

/** The message: subject, a plain list and the same as HTML (every value escaped). */
export function releaseNotesMessage(
  version: string,
  environment: string,
  cases: readonly { readonly key: string; readonly summary: string }[],
  accountIds: readonly string[],
): NotificationBody {
  const intro = `Version ${version} is now installed in ${environment}. It fixes these requests of yours:`;
  const line = (c: { key: string; summary: string }) =>
    c.summary ? `${c.key}: ${c.summary}` : c.key;
  return {
    subject: `Version ${version} is installed in ${environment}`,
    textBody: [intro, ...cases.map((c) => `- ${line(c)}`)].join('\n'),
    htmlBody:
      `<p>${escapeHtml(intro)}</p><ul>` +
      cases.map((c) => `<li>${escapeHtml(line(c))}</li>`).join('') +
      '</ul>',
    to: { users: accountIds.map((accountId) => ({ accountId })) },
  };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
