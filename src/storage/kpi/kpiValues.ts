/**
 * Manual KPI values in Forge SQL, append-only: each entry is a new revision of its KPI and month,
 * and the month's value is the newest revision. Nothing is updated or deleted.
 */
import type { KpiValueEntry } from '../../domain/kpi/kpiValueEntry';
import type { SqlDatabase } from '../sql/schema';

export type { KpiValueEntry };

/** How often an entry is tried again when another one took its revision number meanwhile. */
const MAX_REVISION_RACES = 5;

/**
 * Appends `value` as the next revision of `kpiId`'s `month`. Two entries at once: the key refuses
 * the second insert of a revision, which then reads the newest revision again and takes the next.
 */
export async function appendKpiValue(
  db: SqlDatabase,
  entry: Omit<KpiValueEntry, 'revision'>,
): Promise<KpiValueEntry> {
  for (let race = 0; ; race += 1) {
    const newest = await db
      .selectFrom('kpi_values')
      .select((eb) => eb.fn.max('revision').as('revision'))
      .where('kpi_id', '=', entry.kpiId)
      .where('month', '=', entry.month)
      .executeTakeFirst();
    const revision = Number(newest?.revision ?? 0) + 1;
    try {
      await db
        .insertInto('kpi_values')
        .values({
          kpi_id: entry.kpiId,
          month: entry.month,
          revision,
          value: entry.value,
          entered_by: entry.enteredBy,
          entered_at: entry.enteredAt,
        })
        .execute();
      return { ...entry, revision };
    } catch (error) {
      if (race >= MAX_REVISION_RACES) throw error;
      const taken = await db
        .selectFrom('kpi_values')
        .select('revision')
        .where('kpi_id', '=', entry.kpiId)
        .where('month', '=', entry.month)
        .where('revision', '=', revision)
        .executeTakeFirst();
      if (!taken) throw error;
    }
  }
}

/** Every entry of the KPIs' months `from`–`to` (`YYYY-MM`, inclusive), oldest revision first. */
export async function kpiValueEntries(
  db: SqlDatabase,
  kpiIds: readonly string[],
  months: { readonly from: string; readonly to: string },
): Promise<KpiValueEntry[]> {
  if (kpiIds.length === 0) return [];
  const rows = await db
    .selectFrom('kpi_values')
    .selectAll()
    .where('kpi_id', 'in', kpiIds)
    .where('month', '>=', months.from)
    .where('month', '<=', months.to)
    .orderBy('kpi_id')
    .orderBy('month')
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({
    kpiId: r.kpi_id,
    month: r.month,
    revision: Number(r.revision),
    value: Number(r.value),
    enteredBy: r.entered_by,
    enteredAt: Number(r.entered_at),
  }));
}

/** The value of each KPI and month: its newest revision (`kpiId` → month → value). */
export function latestKpiValues(
  entries: readonly KpiValueEntry[],
): Map<string, Map<string, number>> {
  const values = new Map<string, Map<string, number>>();
  const newest = new Map<string, number>();
  for (const entry of entries) {
    const key = `${entry.kpiId} ${entry.month}`;
    if ((newest.get(key) ?? 0) > entry.revision) continue;
    newest.set(key, entry.revision);
    const months = values.get(entry.kpiId) ?? new Map<string, number>();
    months.set(entry.month, entry.value);
    values.set(entry.kpiId, months);
  }
  return values;
}
