/**
 * The Quality page's relationship register (ITIL business relationship management): the
 * register of customers with their roles, orderers and account manager, the customer's detail
 * with its history and complaints, the monthly measures, and the register's settings. Everyone
 * on the service side reads (`requireQualityReader`); Jira administrators change
 * (`requireQualityEditor`). Bad input is refused with every problem's JSON path, changing nothing.
 */
import { formatInstant } from '../domain/instant';
import {
  checkCustomerRelationship,
  type CustomerRelationship,
} from '../domain/relationships/customerRelationship';
import { registerEntries, type RegisterEntry } from '../domain/relationships/registerEntry';
import { checkRelationshipSettings } from '../domain/relationships/relationshipSettings';
import { readQualityMeasuresRequest } from '../domain/quality/qualityMeasuresRequest';
import { defaultMonths } from '../domain/reports/managementRequest';
import { isRecord, type ValidationError } from '../domain/validation';
import { readRelationshipMeasures } from '../services/relationships/relationshipMeasures';
import { complaintsOfCustomer } from '../storage/relationships/complaintsOfCustomer';
import {
  appendRelationshipRevision,
  relationshipsAsOfSql,
  revisionsOf,
} from '../storage/relationships/customerRelationships';
import {
  loadRelationshipSettings,
  loadSavedRelationshipSettings,
  saveRelationshipSettings,
} from '../storage/relationshipSettings';
import {
  actionsOf,
  appendMeetingRevision,
  meetingById,
  meetingsOf,
} from '../storage/relationships/customerMeetings';
import { recordMeeting } from '../services/relationships/recordMeeting';
import { checkCustomerMeeting } from '../domain/relationships/customerMeeting';
import { actionStatuses, completeMeetingActions } from '../services/relationships/meetingActions';
import { DEFAULT_RELATIONSHIP_SETTINGS } from '../domain/relationships/relationshipSettings';
import { projectIssueTypeErrors } from './projectIssueTypeErrors';
import { requireQualityEditor, requireQualityReader } from './qualityPageAccess';
import {
  invalid,
  payloadObject,
  resolver,
  ResolverError,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { userNames } from './userNames';
import type {
  CustomerRelationshipView,
  MeetingView,
  RelationshipMeasuresView,
  RelationshipRegisterView,
  RelationshipSettingsView,
} from './relationshipViews';
import { saveSettingsRequest, settingsView } from './settingsSave';

/** The register as it stands now: the contract in force and each customer's newest revision. */
async function currentRegister(ctx: ResolverContext): Promise<RegisterEntry[]> {
  const now = ctx.now();
  const [model, newest] = await Promise.all([
    ctx.contracts.model(),
    relationshipsAsOfSql(ctx.sql, now + 1),
  ]);
  return registerEntries(model?.contract ?? null, newest, now).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

/** Reads `customerId` (a customer of the contract in force) from a payload, or refuses. */
function customerIdOf(input: Record<string, unknown>, errors: ValidationError[]): string {
  const { customerId } = input;
  if (typeof customerId !== 'string' || customerId === '') {
    errors.push({ path: '$.customerId', message: 'must be the id of a customer of the contract' });
    return '';
  }
  return customerId;
}

function extraFields(input: Record<string, unknown>, allowed: readonly string[]) {
  return Object.keys(input)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ path: `$.${k}`, message: 'is not a field of the request' }));
}

async function entryOf(ctx: ResolverContext, customerId: string): Promise<RegisterEntry> {
  const entry = (await currentRegister(ctx)).find((e) => e.customerId === customerId);
  if (!entry) {
    throw invalid([
      { path: '$.customerId', message: `no customer "${customerId}" in the contract in force` },
    ]);
  }
  return entry;
}

/** A customer's newest meetings with their actions, the actions' status from one search. */
async function meetingViews(ctx: ResolverContext, customerId: string): Promise<MeetingView[]> {
  const meetings = await meetingsOf(ctx.sql, customerId);
  const actions = await actionsOf(
    ctx.sql,
    meetings.map((m) => m.meetingId),
  );
  const statuses = await actionStatuses(
    ctx,
    actions.flatMap((a) => (a.issueKey ? [a.issueKey] : [])),
  );
  return meetings.map((m) => ({
    meetingId: m.meetingId,
    revision: m.revision,
    heldOn: m.heldOn,
    attendees: m.attendees,
    minutes: m.minutes,
    recordedBy: m.recordedBy,
    recordedAt: formatInstant(m.recordedAt),
    actions: actions
      .filter((a) => a.meetingId === m.meetingId)
      .map((a) => ({
        position: a.position,
        summary: a.summary,
        owner: a.owner,
        dueDate: a.dueDate,
        issueKey: a.issueKey,
        createdByApp: a.createdByApp,
        status: (a.issueKey && statuses.get(a.issueKey)) || null,
      })),
  }));
}

/** The account ids a relationship names: customer role, orderers, their contacts, account manager. */
const idsOfRelationship = (r: CustomerRelationship): (string | null)[] => [
  r.accountManager,
  r.customerRole?.accountId ?? null,
  ...r.orderers.flatMap((o) => [o.accountId, o.ourContact]),
];

const idsOfEntry = (e: RegisterEntry): (string | null)[] => [
  e.savedBy,
  ...idsOfRelationship(e.relationship),
];

export const relationshipResolvers: ResolverDefinitions = {
  /** Payload none. Every customer with roles, account manager, contacts, agreements, warnings. */
  getRelationshipRegister: resolver(
    async (payload, _call, ctx): Promise<RelationshipRegisterView> => {
      await requireQualityReader(ctx);
      const errors = extraFields(payloadObject(payload), []);
      if (errors.length > 0) throw invalid(errors);
      const entries = await currentRegister(ctx);
      return { entries, names: await userNames(ctx, entries.flatMap(idsOfEntry)) };
    },
  ),

  /** Payload `{ customerId }`: the entry, its revisions (newest first) and complaints. */
  getCustomerRelationship: resolver(
    async (payload, _call, ctx): Promise<CustomerRelationshipView> => {
      await requireQualityReader(ctx);
      const input = payloadObject(payload);
      const errors = extraFields(input, ['customerId']);
      const customerId = customerIdOf(input, errors);
      if (errors.length > 0) throw invalid(errors);
      const entry = await entryOf(ctx, customerId);
      const [revisions, complaints, meetings] = await Promise.all([
        revisionsOf(ctx.sql, customerId),
        complaintsOfCustomer(ctx.sql, customerId),
        meetingViews(ctx, customerId),
      ]);
      const names = await userNames(ctx, [
        ...idsOfEntry(entry),
        ...revisions.flatMap((r) => [r.savedBy, ...idsOfRelationship(r.relationship)]),
        ...meetings.flatMap((m) => [
          m.recordedBy,
          ...m.actions.flatMap((a) => [a.owner, a.status?.assignee ?? null]),
        ]),
      ]);
      return {
        names,
        meetings,
        entry,
        revisions: revisions.map((r) => ({
          revision: r.revision,
          savedBy: r.savedBy,
          savedAt: formatInstant(r.savedAt),
          relationship: r.relationship,
        })),
        complaints: complaints.map((c) => ({
          feedbackId: c.feedbackId,
          issueKey: c.issueKey,
          summary: c.summary,
          receivedAt: formatInstant(c.answeredAt),
        })),
      };
    },
  ),

  /**
   * Payload `{ customerId, baseRevision, relationship }` (`CustomerRelationship`): appends the
   * revision after `baseRevision` (null: the first); refused when another was saved since.
   */
  saveCustomerRelationship: resolver(async (payload, call, ctx): Promise<RegisterEntry> => {
    await requireQualityEditor(ctx, 'change the relationship register');
    const input = payloadObject(payload);
    const errors = extraFields(input, ['customerId', 'baseRevision', 'relationship']);
    const customerId = customerIdOf(input, errors);
    const baseRevision = input.baseRevision ?? null;
    if (
      baseRevision !== null &&
      !(Number.isSafeInteger(baseRevision) && Number(baseRevision) > 0)
    ) {
      errors.push({
        path: '$.baseRevision',
        message: 'must be the revision the relationship was loaded at, or null',
      });
    }
    const checked = checkCustomerRelationship(input.relationship, '$.relationship');
    if (!checked.ok) errors.push(...checked.errors);
    if (errors.length > 0 || !checked.ok) throw invalid(errors);
    await entryOf(ctx, customerId);
    const saved = await appendRelationshipRevision(ctx.sql, {
      customerId,
      baseRevision: baseRevision as number | null,
      savedAt: ctx.now(),
      savedBy: call.accountId,
      relationship: checked.value,
    });
    if (!saved.saved) {
      throw new ResolverError(
        'conflict',
        `Someone saved revision ${saved.newest} of this customer since you loaded it: reload and edit again.`,
      );
    }
    return entryOf(ctx, customerId);
  }),

  /**
   * Payload `{ customerId, meeting: { heldOn, attendees, minutes, actions } }`: records the
   * meeting and creates its new actions' issues (once), linked to each other. Answers the
   * customer's meetings.
   */
  recordCustomerMeeting: resolver(async (payload, call, ctx): Promise<MeetingView[]> => {
    await requireQualityEditor(ctx, 'record customer meetings');
    const input = payloadObject(payload);
    const errors = extraFields(input, ['customerId', 'meeting']);
    const customerId = customerIdOf(input, errors);
    const checked = checkCustomerMeeting(input.meeting, '$.meeting');
    if (!checked.ok) errors.push(...checked.errors);
    if (errors.length > 0 || !checked.ok) throw invalid(errors);
    const entry = await entryOf(ctx, customerId);
    const recording = await recordMeeting(
      ctx,
      ctx.jiraAsUser,
      { customerId, ...checked.value },
      entry.name,
      call.accountId,
    );
    if (!recording.recorded) {
      throw invalid(
        recording.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.meeting') })),
      );
    }
    return meetingViews(ctx, customerId);
  }),

  /**
   * Payload `{ meetingId, baseRevision, meeting: { heldOn, attendees, minutes } }`: a correction,
   * appended as the meeting's next revision (the record it corrects stays); the actions stay as
   * agreed. Refused when another correction was saved since `baseRevision`.
   */
  correctCustomerMeeting: resolver(async (payload, call, ctx): Promise<MeetingView[]> => {
    await requireQualityEditor(ctx, 'record customer meetings');
    const input = payloadObject(payload);
    const errors = extraFields(input, ['meetingId', 'baseRevision', 'meeting']);
    if (typeof input.meetingId !== 'string' || input.meetingId === '') {
      errors.push({ path: '$.meetingId', message: 'must be the id of a recorded meeting' });
    }
    if (!Number.isSafeInteger(input.baseRevision) || Number(input.baseRevision) < 1) {
      errors.push({
        path: '$.baseRevision',
        message: 'must be the revision the meeting was loaded at',
      });
    }
    const checked = checkCustomerMeeting(
      { ...(isRecord(input.meeting) ? input.meeting : {}), actions: [] },
      '$.meeting',
    );
    if (!isRecord(input.meeting)) {
      errors.push({
        path: '$.meeting',
        message: 'must be an object: { heldOn, attendees, minutes }',
      });
    } else if ('actions' in input.meeting) {
      errors.push({
        path: '$.meeting.actions',
        message: 'cannot be corrected: record a new meeting',
      });
    }
    if (!checked.ok) errors.push(...checked.errors.filter((e) => e.path !== '$.meeting'));
    if (errors.length > 0 || !checked.ok) throw invalid(errors);
    const current = await meetingById(ctx.sql, input.meetingId as string);
    if (!current) throw invalid([{ path: '$.meetingId', message: 'no such meeting' }]);
    const conflict = () =>
      new ResolverError(
        'conflict',
        `Someone corrected this meeting since you loaded it (revision ${current.revision}): reload and correct again.`,
      );
    if (current.revision !== input.baseRevision) throw conflict();
    const appended = await appendMeetingRevision(ctx.sql, {
      ...current,
      revision: current.revision + 1,
      heldOn: checked.value.heldOn,
      attendees: checked.value.attendees,
      minutes: checked.value.minutes,
      recordedAt: ctx.now(),
      recordedBy: call.accountId,
    });
    if (!appended) throw conflict();
    return meetingViews(ctx, current.customerId);
  }),

  /**
   * Payload `{ customerId }`: creates the actions of the customer's meetings whose creation was
   * interrupted (claims older than the lease), each once. Answers the customer's meetings.
   */
  retryCustomerMeetingActions: resolver(async (payload, _call, ctx): Promise<MeetingView[]> => {
    await requireQualityEditor(ctx, 'record customer meetings');
    const input = payloadObject(payload);
    const errors = extraFields(input, ['customerId']);
    const customerId = customerIdOf(input, errors);
    if (errors.length > 0) throw invalid(errors);
    const entry = await entryOf(ctx, customerId);
    const { meetingActions } = await loadRelationshipSettings(ctx.store);
    for (const meeting of await meetingsOf(ctx.sql, customerId)) {
      await completeMeetingActions(ctx, meeting, entry.name, meetingActions, false);
    }
    return meetingViews(ctx, customerId);
  }),

  /** Payload `{ from?, to? }` (`YYYY-MM`, both or neither: the last 12 months), viewer's time zone. */
  getRelationshipMeasures: resolver(
    async (payload, _call, ctx): Promise<RelationshipMeasuresView> => {
      const { timeZone } = await requireQualityReader(ctx);
      const read = readQualityMeasuresRequest(payloadObject(payload));
      if ('errors' in read) throw invalid(read.errors);
      const { from, to } =
        read.request.from && read.request.to
          ? { from: read.request.from, to: read.request.to }
          : defaultMonths(ctx.now(), timeZone);
      return {
        from,
        to,
        timeZone,
        months: await readRelationshipMeasures(ctx, { from, to, timeZone }),
      };
    },
  ),

  getRelationshipSettings: resolver(
    async (_payload, _call, ctx): Promise<RelationshipSettingsView> => {
      await requireQualityReader(ctx);
      const view = settingsView(
        await loadSavedRelationshipSettings(ctx.store),
        DEFAULT_RELATIONSHIP_SETTINGS,
      );
      return { ...view, names: await userNames(ctx, [view.savedBy]) };
    },
  ),

  /** Payload `{ settings: RelationshipSettings, baseVersion }`. */
  saveRelationshipSettings: resolver(
    async (payload, call, ctx): Promise<RelationshipSettingsView> => {
      await requireQualityEditor(ctx, 'change the relationship settings');
      const { settings, version } = await saveSettingsRequest(payload, call, ctx, {
        name: 'relationship settings',
        validate: (value) => {
          const checked = checkRelationshipSettings(value);
          return checked.ok ? { ok: true, settings: checked.value } : checked;
        },
        // Complaint type names may be created in Jira later (a name no issue has matches
        // nothing); the meeting actions' project must have its issue type: issues are made there.
        jiraErrors: ({ meetingActions }) =>
          meetingActions.projectKey === null
            ? Promise.resolve([])
            : projectIssueTypeErrors(ctx.jira, [
                {
                  projectKey: meetingActions.projectKey,
                  issueType: meetingActions.issueType,
                  projectPath: '$.settings.meetingActions.projectKey',
                  issueTypePath: '$.settings.meetingActions.issueType',
                },
              ]),
        save: saveRelationshipSettings,
      });
      return {
        settings,
        version,
        savedBy: call.accountId,
        savedAt: formatInstant(ctx.now()),
        names: await userNames(ctx, [call.accountId]),
      };
    },
  ),
};
