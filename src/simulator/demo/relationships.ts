import type { CustomerRelationship } from '../../domain/relationships/customerRelationship';
import { recordMeeting } from '../../services/relationships/recordMeeting';
import { actionsOf } from '../../storage/relationships/customerMeetings';
import { appendRelationshipRevision } from '../../storage/relationships/customerRelationships';
import {
  loadSavedRelationshipSettings,
  saveRelationshipSettings,
} from '../../storage/relationshipSettings';
import type { Simulator } from '../simulator';
import { JiraActions } from './jiraActions';
import { DEMO_USERS } from './site';

const { admin, lead, agents } = DEMO_USERS;

/**
 * What the register says of the demo customers: Schultz A/S and Göta Kommun fully described
 * (one Schultz orderer still without a contact on our side), Fjellheim Drift AS without an
 * account manager, so the register shows its warning.
 */
const RELATIONSHIPS: Readonly<Record<string, CustomerRelationship>> = {
  schultz: {
    customerRole: {
      name: 'Mette Schultz',
      email: 'mette.schultz@schultz.example',
      accountId: null,
    },
    orderers: [
      {
        name: 'Jonas Holm',
        email: 'jonas.holm@schultz.example',
        accountId: null,
        ourContact: agents[0],
      },
      {
        name: 'Sofie Lund',
        email: 'sofie.lund@schultz.example',
        accountId: null,
        ourContact: null,
      },
    ],
    accountManager: lead,
  },
  gota: {
    customerRole: {
      name: 'Karin Lindqvist',
      email: 'karin.lindqvist@gota.example',
      accountId: null,
    },
    orderers: [
      {
        name: 'Erik Sjöberg',
        email: 'erik.sjoberg@gota.example',
        accountId: null,
        ourContact: agents[1],
      },
    ],
    accountManager: admin,
  },
  fjellheim: {
    customerRole: {
      name: 'Ingrid Bakke',
      email: 'ingrid.bakke@fjellheim.example',
      accountId: null,
    },
    orderers: [
      {
        name: 'Ola Nordmann',
        email: 'ola.nordmann@fjellheim.example',
        accountId: null,
        ourContact: null,
      },
    ],
    accountManager: null,
  },
};

/**
 * The demo's relationship register (`npm start`), after the support story: the complaint
 * settings (kept when an admin saved some; meeting actions go to QM), the register's
 * relationships saved by the admin through the app's store (Schultz twice, so its history shows a
 * change), two complaints filed as Complaint issues, which the app records as flagged feedback
 * and follows up, and two meetings with agreed actions (one already resolved, one an existing
 * complaint issue). The SQL records are made once per fresh database.
 */
export async function setUpRelationshipsDemo(sim: Simulator): Promise<void> {
  const ctx = sim.forge.context();
  if (!(await loadSavedRelationshipSettings(ctx.store))) {
    await saveRelationshipSettings(
      ctx.store,
      {
        complaintIssueTypes: ['Complaint'],
        meetingActions: { projectKey: 'QM', issueType: 'Task' },
      },
      { savedBy: admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
    );
  }
  const existing = await ctx.sql
    .selectFrom('customer_relationships')
    .select('customer_id')
    .execute();
  if (existing.length > 0) return;
  for (const [customerId, relationship] of Object.entries(RELATIONSHIPS)) {
    const first =
      customerId === 'schultz' ? { ...relationship, accountManager: agents[2] } : relationship;
    await appendRelationshipRevision(ctx.sql, {
      customerId,
      baseRevision: null,
      savedAt: sim.now(),
      savedBy: admin,
      relationship: first,
    });
  }
  // Schultz's account manager changed hands: a second revision, the first kept.
  await appendRelationshipRevision(ctx.sql, {
    customerId: 'schultz',
    baseRevision: 1,
    savedAt: sim.now(),
    savedBy: admin,
    relationship: RELATIONSHIPS.schultz!,
  });

  const act = new JiraActions(sim);
  const complaints: string[] = [];
  for (const [customer, environment, summary] of [
    ['Schultz A/S', 'Production', 'Invoices were sent to the wrong address twice'],
    ['Göta Kommun', 'Production', 'Nobody called back about the outage'],
  ] as const) {
    complaints.push(
      await act.createIssue(agents[0], {
        issuetype: { name: 'Complaint' },
        summary,
        customfield_10050: { value: customer },
        customfield_10051: { value: environment },
        customfield_10052: { value: 'ihlp' },
      }),
    );
  }
  await sim.forge.settle();

  // Two meetings with agreed actions, recorded as the admin records them on the Quality page.
  const asAdmin = sim.forge.resolverContext(admin).jiraAsUser;
  const day = (offset: number) => new Date(sim.now() + offset * DAY).toISOString().slice(0, 10);
  const schultz = await recordMeeting(
    ctx,
    asAdmin,
    {
      customerId: 'schultz',
      heldOn: day(0),
      attendees: ['Mette Schultz', 'Jonas Holm', 'The team lead'],
      minutes:
        'Quarterly service review.\nSLA met on production; two invoices went to an old address.\n' +
        'The mobile app release slipped by a month; Schultz wants a plan in writing.',
      actions: [
        { kind: 'new', summary: 'Correct the invoice address', owner: lead, dueDate: day(7) },
        {
          kind: 'new',
          summary: 'Send the mobile app release plan',
          owner: agents[1],
          dueDate: day(14),
        },
      ],
    },
    'Schultz A/S',
    admin,
  );
  await recordMeeting(
    ctx,
    asAdmin,
    {
      customerId: 'gota',
      heldOn: day(0),
      attendees: ['Karin Lindqvist', 'Erik Sjöberg', 'The admin'],
      minutes:
        'Outage follow-up: Göta was not called back. Agreed to call within the hour from now on.',
      actions: [
        {
          kind: 'new',
          summary: 'Add a call-back step to the outage routine',
          owner: lead,
          dueDate: day(10),
        },
        { kind: 'existing', issueKey: complaints[1]! },
      ],
    },
    'Göta Kommun',
    admin,
  );
  // One action is done already: its live status shows it.
  if (schultz.recorded) {
    const [first] = await actionsOf(ctx.sql, [schultz.meeting.meetingId]);
    if (first?.issueKey) await act.transition(lead, first.issueKey, 'Resolved');
  }
  await sim.forge.settle();
}

const DAY = 86_400_000;
