import type { ReviewPack } from './reviewPack';

/** How the pack's figures read in its CSV and print documents. */
export const share = (value: number | null): string =>
  value === null ? '–' : `${(Math.round(value * 1000) / 10).toFixed(1)} %`;

export const figure = (value: number | null): string =>
  value === null ? '–' : String(Math.round(value * 100) / 100);

export const percent = (value: number | null): string => (value === null ? '–' : `${value} %`);

/** An instant as a local date in the pack's time zone: "31 December 2025". */
export const localDay = (t: number | null, timeZone: string): string =>
  t === null
    ? '–'
    : new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long' }).format(new Date(t));

export const CAPA_STEP_NAMES = {
  containment: 'Containment and correction',
  causeDecision: 'Decision on action on the cause',
  rootCause: 'Root cause analysis',
  correctiveActions: 'Corrective actions',
  preventiveActions: 'Preventive actions',
  effectivenessCheck: 'Effectiveness check',
  closed: 'Closed',
} as const;

export const RISK_LEVEL_NAMES = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
} as const;

export const APPROVER_NAMES = {
  none: 'None',
  board: 'Board',
  'group-management': 'Group management',
} as const;

export const reviewTitle = (pack: ReviewPack): string =>
  `Management review ${pack.period.from} to ${pack.period.to}`;
