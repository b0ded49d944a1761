import { useEffect, useMemo, useRef, useState } from 'react';
import type { CalendarDefinition } from '../../../../src/domain/calendar/types';
import type { Contract } from '../../../../src/domain/contract/types';
import type { CalendarPreview as Preview } from '../../../../src/resolvers/views';
import { call, ResolverCallError } from '../../../shared/api';
import { Lozenge } from '../../../shared/components/Lozenge';
import { canonicalJson } from '../state/paths';
import { EMPTY_CONTRACT } from '../../../../src/domain/contract/emptyContract';

const DAYS = 14;

/** The part of the draft the preview needs: the calendar and its holiday sets, nothing else. */
export function previewContract(draft: Contract, calendar: CalendarDefinition): Contract {
  const sets = Array.isArray(calendar.holidaySets) ? calendar.holidaySets : [];
  return {
    ...EMPTY_CONTRACT,
    holidaySets: draft.holidaySets.filter((s) => sets.includes(s.id)),
    calendars: [calendar],
  };
}

const dateLabel = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${iso}T00:00:00Z`));

type State =
  | { status: 'loading' }
  | { status: 'ready'; days: Preview }
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

/**
 * The next 14 days of the calendar as the draft defines it, holidays marked: asked of the
 * `previewCalendar` resolver a moment after each change to the calendar or its holiday sets.
 */
export function CalendarPreview({
  draft,
  calendar,
  delayMs = 400,
}: {
  draft: Contract;
  calendar: CalendarDefinition;
  delayMs?: number;
}) {
  const contract = useMemo(() => previewContract(draft, calendar), [draft, calendar]);
  const key = canonicalJson(contract);
  const [state, setState] = useState<State>({ status: 'loading' });
  const sequence = useRef(0);
  useEffect(() => {
    const mine = ++sequence.current;
    const timer = setTimeout(() => {
      setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
      call<Preview>('previewCalendar', {
        contract,
        calendar: calendar.id,
        // No `from`: the resolver starts today by the app's clock, not the browser's.
        days: DAYS,
      }).then(
        (days) => mine === sequence.current && setState({ status: 'ready', days }),
        (error: unknown) => {
          if (mine !== sequence.current) return;
          if (error instanceof ResolverCallError && error.failure.code === 'invalid')
            setState({ status: 'invalid' });
          else setState({ status: 'failed', message: (error as Error).message });
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
    // The canonical JSON stands for the contract: a new object with the same content is no change.
  }, [key, delayMs]);

  return (
    <section className="calendar-preview" aria-labelledby="calendar-preview-heading">
      <h4 id="calendar-preview-heading">Next {DAYS} days</h4>
      {state.status === 'invalid' && (
        <p className="field__hint" role="status">
          The preview shows once the calendar and its holiday sets have no errors.
        </p>
      )}
      {state.status === 'failed' && (
        <p className="field__hint" role="status">
          The preview could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loading' && (
        <p className="field__hint" role="status">
          Loading the preview…
        </p>
      )}
      {state.status === 'ready' && (
        <table className="data-table preview-table">
          <caption className="visually-hidden">
            Opening hours of the next {DAYS} days, in {calendar.timeZone}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Open</th>
              <th scope="col">Holiday</th>
            </tr>
          </thead>
          <tbody>
            {state.days.map((day) => (
              <tr key={day.date} className={day.holiday ? 'preview-table__holiday' : undefined}>
                <th scope="row">{dateLabel(day.date)}</th>
                <td>
                  {day.ranges.length === 0 ? (
                    <span className="subtle">Closed</span>
                  ) : (
                    day.ranges.map(([a, b]) => `${a}–${b}`).join(', ')
                  )}
                </td>
                <td>
                  {day.holiday && (
                    <>
                      <Lozenge appearance="moved">
                        {day.holiday.closedFrom ? `Closes ${day.holiday.closedFrom}` : 'Holiday'}
                      </Lozenge>{' '}
                      {day.holiday.name}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
