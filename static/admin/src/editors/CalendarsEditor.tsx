import { useRef } from 'react';
import type { CalendarDefinition, WeeklyHours } from '../../../../src/domain/calendar/types';
import { CheckboxField } from '../components/fields/CheckboxField';
import { FieldMessages } from '../components/fields/FieldMessages';
import { TextField } from '../components/fields/TextField';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useDraftContext } from '../state/DraftContext';
import { useFieldErrors } from '../state/ErrorsContext';
import type { Path } from '../state/paths';
import { CalendarPreview } from './CalendarPreview';
import type { EditorProps } from './HolidaySetsEditor';
import { COMMON_TIME_ZONES } from './options';
import { WeeklyGrid } from './WeeklyGrid';

const OFFICE_HOURS: WeeklyHours = {
  mon: [['08:00', '16:00']],
  tue: [['08:00', '16:00']],
  wed: [['08:00', '16:00']],
  thu: [['08:00', '16:00']],
  fri: [['08:00', '16:00']],
  sat: [],
  sun: [],
};

function HolidaySetChoices({ calendar, path }: { calendar: CalendarDefinition; path: Path }) {
  const { draft, set } = useDraftContext();
  const setsPath = [...path, 'holidaySets'];
  const errors = useFieldErrors(setsPath);
  const chosen = Array.isArray(calendar.holidaySets) ? calendar.holidaySets : [];
  const unknown = chosen.filter((id) => !draft.holidaySets.some((s) => s.id === id));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    set(setsPath, next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="fieldset" aria-describedby={errors.invalid ? errors.errorId : undefined}>
      <legend id={errors.id} tabIndex={-1}>
        Holiday sets
      </legend>
      {draft.holidaySets.length === 0 && unknown.length === 0 && (
        <p className="field__hint">No holiday sets yet: add them under Holiday sets.</p>
      )}
      <div className="checkbox-list">
        {[
          ...draft.holidaySets.map((s) => ({ id: s.id, label: s.name || s.id })),
          ...unknown.map((id) => ({ id, label: `${id} (unknown)` })),
        ].map(({ id, label }) => {
          const index = chosen.indexOf(id);
          return (
            <CheckboxField
              key={id}
              label={label}
              path={index >= 0 ? [...setsPath, index] : [...setsPath, `?${id}`]}
              checked={index >= 0}
              onChange={(on) => toggle(id, on === true)}
            />
          );
        })}
      </div>
      <FieldMessages id={errors.errorId} messages={errors.messages} />
    </fieldset>
  );
}

function CalendarForm({ calendar, path }: { calendar: CalendarDefinition; path: Path }) {
  const { draft, set } = useDraftContext();
  // The weekly hours before "24/7" was ticked, to give them back when it is unticked.
  const lastWeek = useRef<WeeklyHours>(calendar.week === 'always' ? OFFICE_HOURS : calendar.week);
  const always = calendar.week === 'always';
  return (
    <>
      <div className="form-row">
        <TextField label="ID" path={[...path, 'id']} size="small" />
        <TextField label="Name" path={[...path, 'name']} optional size="wide" />
      </div>
      <TextField
        label="Time zone"
        path={[...path, 'timeZone']}
        list="time-zones"
        placeholder="Europe/Copenhagen"
        hint="An IANA time zone: opening hours and holidays are read on its local clock."
      />
      <datalist id="time-zones">
        {COMMON_TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <CheckboxField
        label="Open 24/7"
        path={[...path, 'week', '?always']}
        checked={always}
        hint="Around the clock, every day; holiday sets still close it."
        onChange={(on) => {
          if (on) {
            if (!always) lastWeek.current = calendar.week;
            set([...path, 'week'], 'always');
          } else set([...path, 'week'], lastWeek.current);
        }}
      />
      {!always && <WeeklyGrid week={calendar.week} path={path} />}
      <HolidaySetChoices calendar={calendar} path={path} />
      <CalendarPreview draft={draft} calendar={calendar} />
    </>
  );
}

/** Calendars: a time zone, weekly opening hours (or 24/7) and the holiday sets that close them. */
export function CalendarsEditor({ selected, onSelect }: EditorProps) {
  return (
    <PartEditor<CalendarDefinition>
      part="calendars"
      heading="Calendars"
      noun="calendar"
      intro="Business time counts only while a calendar is open."
      selected={selected}
      onSelect={onSelect}
      create={(ids) => ({
        id: uniqueId('calendar', ids),
        name: 'New calendar',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
        week: OFFICE_HOURS,
      })}
      describe={(c) => (c.week === 'always' ? '24/7' : c.timeZone)}
    >
      {(calendar, path) => <CalendarForm calendar={calendar} path={path} />}
    </PartEditor>
  );
}
