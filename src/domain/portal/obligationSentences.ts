/**
 * What an agreement promises, in the customer's words: sentences for one request ("We respond
 * within 2 business hours, Mon–Fri 08:00–16:00 Copenhagen time.") and tables per goal for the
 * profile panel. Internal goals (OLAs) never appear: they are not promised to the customer.
 */
import type { CalendarDefinition } from '../calendar/types';
import { parseDuration } from '../contract/duration';
import type { Agreement, Contract, Goal, Obligation } from '../contract/types';
import type { ObligationSentence, PortalObligationTable } from '../../resolvers/portalViews';
import { durationWords } from './durationWords';
import { isAroundTheClock, openingHoursWords } from './openingHoursWords';
import { promiseKind } from './promiseKind';

/** A customer-facing obligation with its goal and calendar looked up. */
interface ShownObligation {
  readonly obligation: Obligation;
  readonly goal: Goal;
  readonly calendar: CalendarDefinition | undefined;
}

function shownObligations(contract: Contract, agreement: Agreement): ShownObligation[] {
  const shown: ShownObligation[] = [];
  for (const obligation of agreement.obligations) {
    const goal = contract.goals.find((g) => g.id === obligation.goal);
    if (!goal || goal.internal) continue;
    const calendarId = obligation.calendar ?? goal.calendar;
    const calendar = contract.calendars.find((c) => c.id === calendarId);
    shown.push({ obligation, goal, calendar });
  }
  return shown;
}

/** How the promise starts, from what the goal promises (`promiseKind`); any other goal is named. */
function promiseOpening(contract: Contract, goal: Goal): string {
  const actionModel = contract.actionModels.find((m) => m.id === goal.actionModel);
  switch (promiseKind(actionModel)) {
    case 'update':
      return 'We update you at least every';
    case 'response':
      return 'We respond within';
    case 'resolution':
      return 'We resolve your request within';
    case 'other':
      return `${goal.name}: within`;
  }
}

/** A target in words on its calendar: business time unless the calendar never closes. */
function targetWords(target: string, calendar: CalendarDefinition | undefined): string | null {
  const ms = parseDuration(target);
  if (ms === undefined) return null;
  return durationWords(ms, calendar ? !isAroundTheClock(calendar) : true);
}

/**
 * The agreement's promises for a request of `issueType` (a Jira issue type name, as the
 * contract lists them) at priority `priorityId`, in the agreement's order; a goal with no
 * target for that priority promises nothing and is left out.
 */
export function obligationSentences(
  contract: Contract,
  agreement: Agreement,
  issueType: string,
  priorityId: string,
): ObligationSentence[] {
  const sentences: ObligationSentence[] = [];
  for (const { obligation, goal, calendar } of shownObligations(contract, agreement)) {
    if (!obligation.issueTypes.includes(issueType)) continue;
    const target = obligation.targets[priorityId];
    const words = target === undefined ? null : targetWords(target, calendar);
    if (words === null) continue;
    const hours = calendar ? `, ${openingHoursWords(calendar)}` : '';
    sentences.push({
      goal: goal.id,
      text: `${promiseOpening(contract, goal)} ${words}${hours}.`,
    });
  }
  return sentences;
}

/**
 * Each customer-facing obligation of the agreement as a table: its issue types, opening hours
 * and a target per priority of the agreement's model, most urgent first (priority names, as the
 * customer knows them).
 */
export function obligationTables(
  contract: Contract,
  agreement: Agreement,
): PortalObligationTable[] {
  const model = contract.priorityModels.find((m) => m.id === agreement.priorityModel);
  const priorities = [...(model?.priorities ?? [])].sort((a, b) => a.rank - b.rank);
  return shownObligations(contract, agreement).map(({ obligation, goal, calendar }) => ({
    goal: goal.id,
    goalName: goal.name,
    issueTypes: [...obligation.issueTypes],
    hours: calendar ? openingHoursWords(calendar) : '',
    targets: priorities.flatMap((priority) => {
      const target = obligation.targets[priority.id];
      const words = target === undefined ? null : targetWords(target, calendar);
      return words === null ? [] : [{ priority: priority.name, target: words }];
    }),
  }));
}
