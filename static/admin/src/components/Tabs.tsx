import type { KeyboardEvent } from 'react';
import type { TabId } from '../state/navigation';

export interface TabsProps {
  tabs: readonly { readonly id: TabId; readonly label: string }[];
  active: TabId;
  onChange: (id: TabId) => void;
  /** Errors per tab, shown as a count beside the name (and told to screen readers). */
  errorCounts?: Partial<Record<TabId, number>>;
}

export const tabId = (id: TabId) => `tab-${id}`;
export const panelId = (id: TabId) => `panel-${id}`;

/**
 * The page's side navigation as a vertical tab list (WAI-ARIA tabs pattern): one tab stop,
 * arrow keys move between tabs and show their panel, Home and End jump to the ends.
 */
export function Tabs({ tabs, active, onChange, errorCounts = {} }: TabsProps) {
  const move = (event: KeyboardEvent<HTMLButtonElement>, from: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? from === last
          ? 0
          : from + 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? from === 0
            ? last
            : from - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    const tab = tabs[to]!;
    onChange(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };
  return (
    <div className="side-nav" role="tablist" aria-orientation="vertical" aria-label="Contract">
      {tabs.map((tab, i) => {
        const selected = tab.id === active;
        const errors = errorCounts[tab.id] ?? 0;
        return (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId(tab.id)}
            aria-describedby={errors > 0 ? `${tabId(tab.id)}-errors` : undefined}
            tabIndex={selected ? 0 : -1}
            className={`side-nav__tab${selected ? ' side-nav__tab--selected' : ''}`}
            onClick={() => onChange(tab.id)}
            onKeyDown={(e) => move(e, i)}
          >
            {tab.label}
            {errors > 0 && (
              <>
                {/* The count is the tab's description, not part of its name. */}
                <span className="side-nav__badge" aria-hidden="true">
                  {errors}
                </span>
                <span id={`${tabId(tab.id)}-errors`} hidden>
                  {errors} {errors === 1 ? 'error' : 'errors'}
                </span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}
