import type { ValidationError } from '../validation';
import { agreementValidity } from './agreementValidity';
import { IntervalIndex } from './intervalIndex';
import type { Agreement } from './types';

/** What an agreement claims: issues of one type, for one customer, product and scope. */
interface Claim {
  readonly position: number;
  /** The order of the claim within its agreement, so the first clash found is reported. */
  readonly order: number;
  readonly environment: string | null;
  readonly issueType: string;
  readonly from: number;
  readonly to: number;
}

interface Clash {
  readonly claim: Claim;
  readonly other: Claim;
}

/**
 * Two agreements that could both claim one issue make resolution ambiguous, so that is a
 * validation error rather than a runtime surprise. They clash when they have the same customer
 * and product, the same kind of scope (both list environments and share one, or both cover all
 * of the customer's environments), validity periods that overlap and an issue type in common.
 * An agreement that lists an environment wins over one that covers them all, so that pair is
 * allowed (see `resolveAgreement`).
 *
 * Each agreement that clashes with earlier ones gets one error, naming one of them. The check
 * groups claims by customer, product, scope and issue type and finds overlapping periods
 * in each group with an interval index: O(c log c) for c claims, never every pair of agreements.
 */
export function agreementOverlaps(
  agreements: readonly { agreement: Agreement; path: string }[],
): ValidationError[] {
  const clashes = new Map<number, Clash>();
  for (const group of claimGroups(agreements)) {
    const index = new IntervalIndex<Claim>(group.map((claim) => claim.from));
    for (const claim of group) {
      const other = index.overlapping(claim.from, claim.to)?.item;
      if (other && isFirstClash(claim, other, clashes.get(claim.position))) {
        clashes.set(claim.position, { claim, other });
      }
      index.add({ from: claim.from, to: claim.to, item: claim, position: claim.position });
    }
  }
  return [...clashes.values()]
    .sort((a, b) => a.claim.position - b.claim.position)
    .map(({ claim, other }) => ({
      path: agreements[claim.position]!.path,
      message: `overlaps agreement "${agreements[other.position]!.agreement.id}" for ${describe(claim, other)}: an issue there could match both`,
    }));
}

/** Claims by customer, product, scope and issue type, each group in the agreements' order. */
function claimGroups(agreements: readonly { agreement: Agreement }[]): Claim[][] {
  // Nested maps rather than one composite key: an agreement makes (environments × issue types)
  // claims, and building a key for each would cost more than the check itself.
  const groups = new Map<string, Map<string | null, Map<string, Claim[]>>>();
  agreements.forEach(({ agreement }, position) => {
    const { from, to } = agreementValidity(agreement);
    // An impossible or empty period is an error of its own; it claims nothing.
    if (!(from < to)) return;
    const owner = JSON.stringify([agreement.customer, agreement.product]);
    const byEnvironment = groups.get(owner) ?? new Map<string | null, Map<string, Claim[]>>();
    groups.set(owner, byEnvironment);
    const environments = agreement.environments ? new Set(agreement.environments) : [null];
    const issueTypes = new Set(agreement.obligations.flatMap((o) => o.issueTypes));
    let order = 0;
    for (const environment of environments) {
      const byType = byEnvironment.get(environment) ?? new Map<string, Claim[]>();
      byEnvironment.set(environment, byType);
      for (const issueType of issueTypes) {
        const claim = { position, order: order++, environment, issueType, from, to };
        const group = byType.get(issueType);
        if (group) group.push(claim);
        else byType.set(issueType, [claim]);
      }
    }
  });
  return [...groups.values()].flatMap((byEnvironment) =>
    [...byEnvironment.values()].flatMap((byType) => [...byType.values()]),
  );
}

/** Of the clashes found for an agreement, the one with the earliest other agreement wins. */
function isFirstClash(claim: Claim, other: Claim, found: Clash | undefined): boolean {
  if (!found) return true;
  return (
    other.position < found.other.position ||
    (other.position === found.other.position && claim.order < found.claim.order)
  );
}

function describe(claim: Claim, other: Claim): string {
  const where =
    claim.environment === null ? 'every environment' : `environment "${claim.environment}"`;
  const from = new Date(Math.max(claim.from, other.from)).toISOString().slice(0, 10);
  return `${where}, issue type "${claim.issueType}", from ${from}`;
}
