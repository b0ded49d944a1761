import contract from '../../../examples/contract.json';
import { readReportDeliverySettings } from '../../domain/reports/reportDelivery';
import { reportDeliverySettingsKey } from '../../storage/storageKeys';
import { saveReportDeliverySettings } from '../../storage/reports/reportDeliverySettings';
import type { Simulator } from '../simulator';
import { JiraActions } from './jiraActions';
import { contactAccountId, DEMO_USERS } from './site';

/** The demo's project of report deliveries: one "Service reports" request per customer. */
export const REPORTS_PROJECT = 'REP';

/**
 * Gives each customer of the example contract a "Service reports" request, reported by their
 * first contact, and, unless storage already holds settings for them, delivers the monthly
 * reports of the customer's agreements there: the reporter and the other contacts are notified. The
 * demo Jira is rebuilt in the same order at every start, so the issue keys stay the same.
 */
export async function setUpReportDelivery(sim: Simulator): Promise<void> {
  sim.jira.addProject({
    key: REPORTS_PROJECT,
    name: 'Service reports',
    projectTypeKey: 'service_desk',
    issueTypes: ['Service request'],
    leadAccountId: DEMO_USERS.lead,
  });
  const act = new JiraActions(sim);
  for (const customer of contract.customers) {
    const contacts = (customer.contacts ?? []).flatMap((c) =>
      c.email ? [contactAccountId(c.email)] : [],
    );
    if (contacts.length === 0) continue;
    const issueKey = await act.createIssue(contacts[0]!, {
      project: { key: REPORTS_PROJECT },
      issuetype: { name: 'Service request' },
      summary: `Service reports for ${customer.name}`,
    });
    const read = readReportDeliverySettings({
      schedule: 'monthly',
      deliveryIssue: issueKey,
      // The first contact reports the request; Jira notifies them as its reporter.
      recipients: { users: contacts.slice(1), reporter: true },
    });
    if ('errors' in read) throw new Error(JSON.stringify(read.errors));
    for (const agreement of contract.agreements.filter((a) => a.customer === customer.id)) {
      if (await sim.forge.store.get(reportDeliverySettingsKey(agreement.id))) continue;
      await saveReportDeliverySettings(sim.forge.store, agreement.id, read.settings);
    }
  }
}
