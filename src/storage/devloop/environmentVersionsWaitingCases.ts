/**
 * The cases waiting for an environment's version: handed over to development, fixed in a
 * version, and not yet closed for that version. Read only: the development loop's closing
 * (`closeFixedCases.ts`) owns `case_closures`.
 */
import type { SqlDatabase } from '../sql/schema';

export interface WaitingCase {
  readonly caseId: string;
  readonly caseKey: string;
  readonly devKey: string;
  readonly fixedIn: string;
  /** The closing's status when one is under way ('pending', 'commented', 'failed'), else null. */
  readonly closure: string | null;
}

/** The most waiting cases one environment shows. */
export const WAITING_CASES_LIMIT = 100;

export async function casesWaitingFor(
  db: SqlDatabase,
  environment: string,
): Promise<WaitingCase[]> {
  const rows = await db
    .selectFrom('dev_handovers as h')
    .leftJoin('case_closures as c', (join) =>
      join.onRef('c.case_id', '=', 'h.case_id').onRef('c.fixed_in', '=', 'h.fixed_in'),
    )
    .select(['h.case_id', 'h.case_key', 'h.dev_key', 'h.fixed_in', 'c.status'])
    .where('h.environment', '=', environment)
    .where('h.fixed_in', 'is not', null)
    .where((eb) => eb.or([eb('c.status', 'is', null), eb('c.status', '!=', 'closed')]))
    .orderBy('h.fixed_at')
    .orderBy('h.case_key')
    .limit(WAITING_CASES_LIMIT)
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    caseKey: r.case_key,
    devKey: r.dev_key,
    fixedIn: r.fixed_in!,
    closure: r.status ?? null,
  }));
}
