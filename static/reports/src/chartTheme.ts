/**
 * The charts' colours: Atlassian design tokens for data visualisation (`color.chart.*`) and for
 * text and borders, as CSS variables, so the charts follow Jira's light or dark theme
 * (`view.theme.enable()` sets the tokens on the page). The fallbacks are the light theme's
 * published values, for a page without tokens.
 * See https://atlassian.design/components/tokens/all-tokens (Data visualisation).
 *
 * Colours go in as SVG attributes and React style props: Recharts and React set styles through
 * the CSSOM, never a `style` attribute in markup, so Forge's Custom UI Content-Security-Policy,
 * which refuses inline styles unless the manifest asks for `unsafe-inline`, lets them through
 * (https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/).
 */
export const CHART_COLORS = {
  brand: 'var(--ds-chart-brand, #1D7AFC)',
  success: 'var(--ds-chart-success, #22A06B)',
  danger: 'var(--ds-chart-danger, #EF5C48)',
  warning: 'var(--ds-chart-warning, #B38600)',
} as const;

/** Axis ticks and bar labels: readable on the surface in both themes. */
export const CHART_TEXT = 'var(--ds-text-subtle, #44546F)';
export const CHART_GRID = 'var(--ds-border, #091E4224)';
/** The band behind the bars under the pointer. */
export const CHART_CURSOR = 'var(--ds-background-neutral, #091E420F)';

export const CHART_TOOLTIP_STYLE = {
  background: 'var(--ds-surface-raised, #FFFFFF)',
  border: '1px solid var(--ds-border, #091E4224)',
  color: 'var(--ds-text, #172B4D)',
} as const;

export const CHART_TICK = { fill: CHART_TEXT, fontSize: 12 } as const;
