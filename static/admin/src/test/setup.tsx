import { DEFAULT_DEV_LOOP_SETTINGS } from '../../../../src/domain/devloop/devLoopSettings';
import { render, screen, waitFor } from '@testing-library/react';
import type { Contract } from '../../../../src/domain/contract/types';
import type { AdminConfig, SettingsView } from '../../../../src/resolvers/views';
import { DEFAULT_QUALITY_SETTINGS } from '../../../../src/domain/quality/qualitySettings';
import type { QualitySettingsView } from '../../../../src/resolvers/qualityViews';
import example from '../../../../examples/contract.json';
import { answerInvoke, invocations } from '../../../shared/test/bridgeMock';
import { App } from '../App';
import { DEFAULT_KPI_CATALOGUE } from '../../../../src/domain/kpi/kpiCatalogue';
import { KPI_CATALOGUE_LIMITS } from '../../../../src/domain/kpi/kpiCatalogueValidation';
import { COMPUTED_KPI_METRICS } from '../../../../src/domain/kpi/kpiSource';
import type { KpiCatalogueView } from '../../../../src/resolvers/kpiViews';

/** The KPIs tab before the first save: the default catalogue. */
export const kpiCatalogueView: KpiCatalogueView = {
  catalogue: DEFAULT_KPI_CATALOGUE,
  version: null,
  savedBy: null,
  savedAt: null,
  environments: [{ id: 'schultz-prod', name: 'Schultz A/S: Production' }],
  metrics: COMPUTED_KPI_METRICS,
  limits: KPI_CATALOGUE_LIMITS,
  names: {},
};

/** The realistic contract of `examples/contract.json`, as version 3. */
export const contract = example as unknown as Contract;

export function config(overrides: Partial<AdminConfig> = {}): AdminConfig {
  return {
    contract,
    version: 3,
    history: [
      {
        version: 3,
        savedAt: '2026-03-02T09:15:00Z',
        savedBy: 'acc-admin',
        changes: [{ part: 'calendars', added: [], removed: [], changed: ['dk-office'] }],
      },
      {
        version: 2,
        savedAt: '2026-02-20T14:00:00Z',
        savedBy: 'acc-lead',
        changes: [{ part: 'goals', added: ['second-line-pickup'], removed: [], changed: [] }],
      },
    ],
    recalculations: [],
    reevaluation: null,
    ...overrides,
  };
}

/** The Settings tab's view: the demo site's field mapping and its fields. */
export function settingsView(overrides: Partial<SettingsView> = {}): SettingsView {
  return {
    settings: {
      fields: {
        customer: 'customfield_10050',
        environment: 'customfield_10051',
        product: 'customfield_10052',
      },
      timeLeftField: 'ari-demo-app__development__sla-time-left',
    },
    version: 3,
    customFields: [
      { id: 'customfield_10050', name: 'Customer' },
      { id: 'customfield_10051', name: 'Environment' },
      { id: 'customfield_10052', name: 'Product' },
    ],
    teamFields: [{ id: 'customfield_10001', name: 'Team' }],
    slaFields: [{ key: 'ari-demo-app__development__sla-time-left', name: 'SLA' }],
    ...overrides,
  };
}

/** The Quality tab's view before the first save: the defaults, the example's calendars. */
export const qualitySettingsView: QualitySettingsView = {
  settings: DEFAULT_QUALITY_SETTINGS,
  version: null,
  calendars: contract.calendars.map((c) => ({ id: c.id, name: c.name ?? c.id })),
  outcomes: { resolved: 'The problem is solved now' },
  limits: {},
};

/**
 * Answers for every resolver the page calls on its own: getConfig, validate, previewCalendar,
 * getSettings.
 */
export function answerDefaults(cfg: AdminConfig = config()): void {
  answerInvoke('getConfig', () => ({ ok: true, data: cfg }));
  answerInvoke('getSettings', () => ({ ok: true, data: settingsView() }));
  answerInvoke('getQualitySettings', () => ({ ok: true, data: qualitySettingsView }));
  answerInvoke('getKpiCatalogue', () => ({ ok: true, data: kpiCatalogueView }));
  answerInvoke('getDevLoopSettings', () => ({
    ok: true,
    data: {
      settings: DEFAULT_DEV_LOOP_SETTINGS,
      version: null,
      placeholders: ['devKey', 'caseKey', 'status', 'version', 'environment'],
      limits: { name: 255, wording: 2000 },
    },
  }));
  answerInvoke('survicateSecretStatus', () => ({
    ok: true,
    data: { set: false, setAt: null, setBy: null, webTriggerUrl: 'https://example.test/survicate' },
  }));
  answerInvoke('validate', () => ({ ok: true, data: { errors: [] } }));
  answerInvoke('previewCalendar', (payload) => ({
    ok: true,
    data: Array.from({ length: 14 }, (_, i) => {
      // As the resolver: from the date asked for, else today by the app's clock.
      const from = typeof payload.from === 'string' ? payload.from : '2026-06-03';
      const date = new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000);
      return {
        date: date.toISOString().slice(0, 10),
        weekday: 'mon',
        ranges: i === 2 ? [['08:00', '12:00']] : [['08:00', '16:00']],
        ...(i === 2 && { holiday: { name: 'Grundlovsdag (customary)', closedFrom: '12:00' } }),
      };
    }),
  }));
}

/** Renders the page and waits for the contract to load. */
export async function renderAdmin(cfg?: AdminConfig) {
  if (cfg) answerDefaults(cfg);
  const view = render(<App validateDelayMs={50} pollMs={10} />);
  await screen.findByRole('heading', { level: 1, name: 'Service level contracts' });
  return view;
}

export const calls = (functionKey: string) =>
  invocations.filter((i) => i.functionKey === functionKey).map((i) => i.payload);

export const lastCall = (functionKey: string) => {
  const all = calls(functionKey);
  return all[all.length - 1];
};

/** Waits until `functionKey` has been called `count` times in all. */
export async function waitForCalls(functionKey: string, count: number) {
  await waitFor(() => expect(calls(functionKey).length).toBeGreaterThanOrEqual(count));
}

/** What the browser's Tab key focuses next: the next tabbable element in document order. */
export function tab(): HTMLElement {
  const tabbable = Array.from(
    document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    ),
  ).filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      el.tabIndex >= 0 &&
      !el.closest('[hidden]') &&
      !(el instanceof HTMLInputElement && el.type === 'hidden'),
  );
  const next = tabbable[tabbable.indexOf(document.activeElement as HTMLElement) + 1];
  if (!next) throw new Error('nothing more to tab to');
  next.focus();
  return next;
}

/** The accessible name of a form control by its label, or a button's text. */
export function nameOf(el: HTMLElement): string {
  const labelled = el.getAttribute('aria-label');
  if (labelled) return labelled;
  if (el.id) {
    const label = document.querySelector(`label[for="${el.id}"]`);
    if (label) return label.textContent ?? '';
  }
  const wrapping = el.closest('label');
  if (wrapping) return wrapping.textContent ?? '';
  return el.textContent ?? '';
}
