/**
 * What a KPI's action issue says: a summary naming the KPI and the month, and an ADF description
 * (REST v3 takes descriptions as Atlassian Document Format:
 * https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/) with the KPI,
 * its target, why it needs action with the numbers, and its recent values.
 */
import type { KpiFindings } from '../../domain/kpi/kpiEvaluation';
import type { KpiTrend } from '../../domain/kpi/kpiTrend';
import { adfParagraph, adfTable } from '../../jira/adf';
import type { AdfDocument } from '../../jira/types';

const figure = (value: number, unit: string): string =>
  `${Number(value.toFixed(3))}${unit === '%' ? ' %' : ` ${unit}`}`;

/** The reasons, as sentences with their numbers. */
export function findingTexts(trend: KpiTrend, findings: KpiFindings): string[] {
  const texts: string[] = [];
  const better = trend.direction === 'higher' ? 'at least' : 'at most';
  if (findings.missed) {
    texts.push(
      `Missed the target: ${figure(findings.missed.value, trend.unit)} against ${better} ` +
        `${figure(findings.missed.target, trend.unit)}.`,
    );
  }
  if (findings.worsening) {
    const [a, b, c] = findings.worsening.map((v) => figure(v, trend.unit));
    texts.push(`Worsened two months in a row: ${a} → ${b} → ${c}.`);
  }
  return texts;
}

export const kpiActionSummary = (trend: KpiTrend, month: string, findings: KpiFindings): string =>
  `KPI action: ${trend.name} ${findings.missed ? 'missed its target' : 'worsened'} in ${month}`;

export function kpiActionDescription(
  trend: KpiTrend,
  month: string,
  findings: KpiFindings,
): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: [
      adfParagraph(
        `The KPI "${trend.name}" (${trend.source}) needs action for ${month}. As its owner, ` +
          'find the cause, act on it, and record what was done in this issue.',
      ),
      ...findingTexts(trend, findings).map(adfParagraph),
      adfParagraph(
        `Target: ${trend.direction === 'higher' ? 'at least' : 'at most'} ` +
          `${figure(trend.target, trend.unit)} (${trend.direction} is better).`,
      ),
      adfTable(
        ['Month', 'Value', 'Meets target'],
        trend.months.map((m) => [
          m.month,
          m.value === null ? 'no value' : figure(m.value, trend.unit),
          m.meetsTarget === null ? '–' : m.meetsTarget ? 'yes' : 'no',
        ]),
      ),
    ],
  };
}
