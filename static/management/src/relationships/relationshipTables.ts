import type { RelationshipMonth } from '../../../../src/domain/relationships/relationshipMeasures';
import type { RelationshipMeasuresView } from '../../../../src/resolvers/relationshipViews';
import { countColumn, type TableModel } from '../../../reports/src/table';

/** A share as shown: "75 %", "–" when there was nobody to count. */
export const shareText = (share: number | null): string =>
  share === null ? '–' : `${Math.round(share * 1000) / 10} %`;

/** The measures month by month, as shown and as CSV (shares raw, 0–1). */
export function relationshipMeasuresTable(
  view: RelationshipMeasuresView,
): TableModel<RelationshipMonth> {
  const share = (header: string, pick: (m: RelationshipMonth) => number | null) => ({
    header,
    csvHeader: `${header} (0-1)`,
    text: (m: RelationshipMonth) => shareText(pick(m)),
    raw: pick,
    numeric: true,
  });
  return {
    caption: 'Relationship measures by month',
    fileName: `relationship-measures-${view.from}-${view.to}`,
    columns: [
      { header: 'Month', text: (m) => m.month },
      countColumn<RelationshipMonth>('Customers', (m) => m.customers),
      share('With an account manager', (m) => m.customersWithNamedContact),
      share('Orderers with a named contact', (m) => m.orderersWithNamedContact),
      share('With a written agreement', (m) => m.customersWithWrittenAgreement),
      countColumn<RelationshipMonth>('CSAT answers', (m) => m.surveyAnswers),
      share('CSAT satisfied', (m) => m.csat),
      countColumn<RelationshipMonth>('Complaints', (m) => m.complaints),
    ],
    rows: view.months,
    rowKey: (m) => m.month,
  };
}
