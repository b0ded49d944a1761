import { parseInstant } from '../../domain/instant';
import type { DatedContract } from '../../domain/relationships/relationshipMeasures';
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { AppContext } from '../appContext';

/**
 * The contract versions in force at the months' ends (the newest saved before each end), each
 * loaded once: the customers and agreements the register had then, so a later contract edit
 * changes no past month.
 */
export async function contractsAtMonthEnds(
  ctx: Pick<AppContext, 'contracts'>,
  months: readonly ReportMonth[],
): Promise<DatedContract[]> {
  const heads = (await ctx.contracts.history()).map((h) => ({
    version: h.version,
    savedAt: parseInstant(h.savedAt),
  }));
  const wanted = new Set<number>();
  for (const m of months) {
    const head = heads
      .filter((h) => h.savedAt < m.end)
      .reduce<(typeof heads)[number] | null>(
        (a, h) => (!a || h.savedAt >= a.savedAt ? h : a),
        null,
      );
    if (head) wanted.add(head.version);
  }
  const loaded = await Promise.all([...wanted].map((v) => ctx.contracts.version(v)));
  return loaded.flatMap((v) =>
    v ? [{ savedAt: parseInstant(v.savedAt), contract: v.contract }] : [],
  );
}
