import { MS_PER_DAY, parseIsoDate } from '../calendar/civilDate';
import type { Agreement } from './types';

/** An agreement's validity as UTC instants `[from, to)`; `to` is `Infinity` when open-ended. */
export interface Validity {
  readonly from: number;
  readonly to: number;
}

/** Reads `validFrom`/`validTo` as UTC midnights, as the contract format fixes them. */
export function agreementValidity(agreement: Agreement): Validity {
  const from = parseIsoDate(agreement.validFrom) ?? NaN;
  const to = agreement.validTo ? (parseIsoDate(agreement.validTo) ?? NaN) : Infinity;
  return { from: from * MS_PER_DAY, to: to * MS_PER_DAY };
}

export const isValidAt = (validity: Validity, t: number): boolean =>
  validity.from <= t && t < validity.to;
