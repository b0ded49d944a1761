/**
 * What the KPI resolvers answer, for the admin page's KPIs tab and the Quality page's KPIs tab:
 * types only, importing nothing but the domain, so the screens can import them.
 */
import type { KpiCatalogue } from '../domain/kpi/kpiCatalogue';
import type { KPI_CATALOGUE_LIMITS } from '../domain/kpi/kpiCatalogueValidation';
import type { KpiTrend } from '../domain/kpi/kpiTrend';
import type { KpiValueEntry } from '../domain/kpi/kpiValueEntry';

/** Display names by account id, as the viewer may see them; an id absent shows as itself. */
export type AccountNames = Readonly<Record<string, string>>;

/** `getKpiCatalogue`: the catalogue in force and what the editor offers. */
export interface KpiCatalogueView {
  readonly catalogue: KpiCatalogue;
  /** The version loaded, for the stale-save check; null before the first save. */
  readonly version: number | null;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
  /** The contract's environments an uptime KPI may be narrowed to. */
  readonly environments: readonly { readonly id: string; readonly name: string }[];
  readonly metrics: readonly string[];
  readonly limits: typeof KPI_CATALOGUE_LIMITS;
  /** The owners' and the saver's display names. */
  readonly names: AccountNames;
}

/** A month of a KPI as the Quality page's tab shows it. */
export interface KpiMonthView {
  readonly month: string;
  readonly value: number | null;
  readonly meetsTarget: boolean | null;
  /** The value moved the wrong way in each of the last two month-on-month steps. */
  readonly worsening: boolean;
  /** The month's action issue: its key once created, or the claim's state. */
  readonly action: {
    /** 'claimed' | 'created' | 'refused' */
    readonly status: string;
    readonly issueKey: string | null;
    readonly error: string | null;
  } | null;
}

export interface KpiView extends Omit<KpiTrend, 'months'> {
  /** Entered by hand (an admin may enter its values), not computed. */
  readonly manual: boolean;
  readonly months: readonly KpiMonthView[];
}

/** `getKpiTrends`. */
export interface KpiTrendsView {
  readonly timeZone: string;
  readonly from: string;
  readonly to: string;
  readonly kpis: readonly KpiView[];
  readonly canEdit: boolean;
  /** The owners' display names. */
  readonly names: AccountNames;
}

/** `getKpiValueHistory`: the manual values' entries, oldest first, and who entered them. */
export interface KpiValueHistoryView {
  readonly entries: readonly KpiValueEntry[];
  readonly names: AccountNames;
}

/** `saveKpiValue`: the entry stored, and the action issue raised for it (a month that ended). */
export interface KpiValueSaved {
  readonly entry: KpiValueEntry;
  readonly action: {
    readonly kpiId: string;
    readonly kind: string;
    readonly issueKey?: string;
    readonly error?: string;
  } | null;
}
