import type { ValidationError } from '../validation';
import { agreementValidity } from './agreementValidity';
import type { Agreement } from './types';

/**
 * Two agreements that could both claim one issue make resolution ambiguous, so that is a
 * validation error rather than a runtime surprise. They clash when they have the same customer
 * and product, the same kind of scope (both list environments and share one, or both cover all
 * of the customer's environments), validity periods that overlap and an issue type in common.
 * An agreement that lists an environment wins over one that covers them all, so that pair is
 * allowed (see `resolveAgreement`).
 */
export function agreementOverlaps(
  agreements: readonly { agreement: Agreement; path: string }[],
): ValidationError[] {
  const errors: ValidationError[] = [];
  agreements.forEach(({ agreement: b, path }, j) => {
    for (const { agreement: a } of agreements.slice(0, j)) {
      const clash = clashOf(a, b);
      if (clash) {
        errors.push({
          path,
          message: `overlaps agreement "${a.id}" for ${clash}: an issue there could match both`,
        });
      }
    }
  });
  return errors;
}

function clashOf(a: Agreement, b: Agreement): string | undefined {
  if (a.customer !== b.customer || a.product !== b.product) return undefined;
  const explicitA = a.environments !== undefined;
  if (explicitA !== (b.environments !== undefined)) return undefined;
  const sharedEnvironment = explicitA
    ? a.environments!.find((id) => b.environments!.includes(id))
    : 'every environment';
  if (!sharedEnvironment) return undefined;
  const va = agreementValidity(a);
  const vb = agreementValidity(b);
  if (!(va.from < vb.to && vb.from < va.to)) return undefined;
  const typesOf = (x: Agreement) => new Set(x.obligations.flatMap((o) => o.issueTypes));
  const typesA = typesOf(a);
  const sharedType = [...typesOf(b)].find((t) => typesA.has(t));
  if (!sharedType) return undefined;
  const where = explicitA ? `environment "${sharedEnvironment}"` : 'every environment';
  return `${where}, issue type "${sharedType}", from ${new Date(Math.max(va.from, vb.from)).toISOString().slice(0, 10)}`;
}
