import { agreementValidity, isValidAt } from '../contract/agreementValidity';
import type { Contract } from '../contract/types';
import type { Feedback } from '../quality/feedback';
import { csatPercent } from '../quality/feedbackScale';
import type { ReportMonth } from '../reports/managementReport';
import { orderersWithContact, type CustomerRelationship } from './customerRelationship';

/**
 * The ITIL relationship process's measures of one month (`YYYY-MM`), as the management review
 * and the KPI catalogue read them. Shares are 0–1, null when there is nobody to count.
 */
export interface RelationshipMonth {
  readonly month: string;
  /** Customers in the register at the month's end. */
  readonly customers: number;
  /** Share of customers with a named account manager on our side. */
  readonly customersWithNamedContact: number | null;
  /** Share of orderers with a named contact on our side. */
  readonly orderersWithNamedContact: number | null;
  /** Share of customers bound by a written agreement (an SLA agreement in the contract). */
  readonly customersWithWrittenAgreement: number | null;
  /** Satisfaction surveys answered in the month (CSAT scale), and the share satisfied (0–1). */
  readonly surveyAnswers: number;
  readonly csat: number | null;
  /** Complaints received in the month. */
  readonly complaints: number;
}

/** What one customer in the register counts for at a month's end. */
export interface CustomerStanding {
  readonly customerId: string;
  readonly hasAccountManager: boolean;
  readonly orderers: number;
  readonly orderersWithContact: number;
  readonly hasWrittenAgreement: boolean;
}

/** `part / whole`, null when there is nobody to count. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;

/**
 * One month's measures: the standings of the customers in the register at its end, the CSAT
 * answers (1–5) given in it, and the complaints received in it. The CSAT share is the quality
 * measures' CSAT % (`csatPercent`: 4s and 5s among the answers) as 0–1.
 */
export function relationshipMonth(
  month: string,
  standings: readonly CustomerStanding[],
  csatScores: readonly number[],
  complaints: number,
): RelationshipMonth {
  const sum = (f: (s: CustomerStanding) => number) => standings.reduce((n, s) => n + f(s), 0);
  const percent = csatPercent(csatScores);
  return {
    month,
    customers: standings.length,
    customersWithNamedContact: share(
      sum((s) => (s.hasAccountManager ? 1 : 0)),
      standings.length,
    ),
    orderersWithNamedContact: share(
      sum((s) => s.orderersWithContact),
      sum((s) => s.orderers),
    ),
    customersWithWrittenAgreement: share(
      sum((s) => (s.hasWrittenAgreement ? 1 : 0)),
      standings.length,
    ),
    surveyAnswers: csatScores.length,
    csat: percent === null ? null : percent / 100,
    complaints,
  };
}

/** A register entry as saved: one revision of one customer's relationship, never changed. */
export interface RelationshipRevision {
  readonly customerId: string;
  /** 1, 2, … per customer. */
  readonly revision: number;
  readonly savedAt: number;
  readonly savedBy: string;
  readonly relationship: CustomerRelationship;
}

/** Each customer's newest revision saved before `t`: the register as it stood then. */
export function relationshipsAsOf(
  revisions: readonly RelationshipRevision[],
  t: number,
): Map<string, RelationshipRevision> {
  const newest = new Map<string, RelationshipRevision>();
  for (const r of revisions) {
    if (r.savedAt >= t) continue;
    const seen = newest.get(r.customerId);
    if (!seen || seen.revision < r.revision) newest.set(r.customerId, r);
  }
  return newest;
}

/** Whether the contract binds the customer by an agreement in force at `t` (a written agreement). */
export const hasAgreementAt = (contract: Contract, customerId: string, t: number): boolean =>
  contract.agreements.some((a) => a.customer === customerId && isValidAt(agreementValidity(a), t));

/**
 * The standings at instant `t`: the customers of the contract in force then, each with the
 * register's relationship as it stood then (none: no account manager, no orderers), and whether
 * an agreement of the contract is valid at `t`.
 */
export function standingsAt(
  contract: Contract | null,
  relationships: ReadonlyMap<
    string,
    Pick<CustomerStanding, 'hasAccountManager' | 'orderers' | 'orderersWithContact'>
  >,
  t: number,
): CustomerStanding[] {
  return (contract?.customers ?? []).map((c) => {
    const r = relationships.get(c.id);
    return {
      customerId: c.id,
      hasAccountManager: r?.hasAccountManager ?? false,
      orderers: r?.orderers ?? 0,
      orderersWithContact: r?.orderersWithContact ?? 0,
      hasWrittenAgreement: hasAgreementAt(contract!, c.id, t),
    };
  });
}

/** A contract version and when it was saved (it is in force from then). */
export interface DatedContract {
  readonly savedAt: number;
  readonly contract: Contract;
}

/** The contract in force just before `t`: the newest saved before it. */
export function contractAsOf(contracts: readonly DatedContract[], t: number): Contract | null {
  let found: DatedContract | null = null;
  for (const c of contracts) if (c.savedAt < t && (!found || c.savedAt >= found.savedAt)) found = c;
  return found?.contract ?? null;
}

/** Feedback as the measures read it. */
export type MeasuredFeedback = Pick<Feedback, 'source' | 'scale' | 'score' | 'answeredAt'>;

/**
 * The definition over records in memory, month by month (`[start, end)`): customers and shares
 * at the month's end (the register and the contract as they stood before `end`, agreements valid
 * at `end − 1`), CSAT answers and complaints answered in the month. A complaint is feedback with
 * source `complaint`, as the KPIs count it.
 */
export function relationshipMeasuresFromRecords(
  months: readonly ReportMonth[],
  records: {
    readonly contracts: readonly DatedContract[];
    readonly revisions: readonly RelationshipRevision[];
    readonly feedback: readonly MeasuredFeedback[];
  },
): RelationshipMonth[] {
  return months.map((m) => {
    const asOf = relationshipsAsOf(records.revisions, m.end);
    const relationships = new Map(
      [...asOf].map(([id, r]) => [id, standingOf(r.relationship)] as const),
    );
    const inMonth = records.feedback.filter((f) => f.answeredAt >= m.start && f.answeredAt < m.end);
    return relationshipMonth(
      m.key,
      standingsAt(contractAsOf(records.contracts, m.end), relationships, m.end - 1),
      inMonth.filter((f) => f.scale === 'csat').map((f) => f.score),
      inMonth.filter((f) => f.source === 'complaint').length,
    );
  });
}

/** What a relationship counts for. */
export const standingOf = (
  r: CustomerRelationship,
): Pick<CustomerStanding, 'hasAccountManager' | 'orderers' | 'orderersWithContact'> => ({
  hasAccountManager: r.accountManager !== null,
  orderers: r.orderers.length,
  orderersWithContact: orderersWithContact(r),
});
