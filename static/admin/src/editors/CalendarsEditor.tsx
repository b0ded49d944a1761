import { useRef } from 'react';
import type { CalendarDefinition, WeeklyHours } from '../../../../src/domain/calendar/types';
import { CheckboxField } from '../components/fields/CheckboxField';
import { ChecklistField } from '../components/fields/ChecklistField';
import { TextField } from '../components/fields/TextField';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useDraftContext } from '../state/DraftContext';
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

function CalendarForm({ calendar, path }: { calendar: CalendarDefinition; path: Path }) {
  const { draft, set } = useDraftContext();
  // The weekly hours before "24/7" was ticked, to give them back when it is unticked.
  const lastWeek = useRef<WeeklyHours>(calendar.week === 'always' ? OFFICE_HOURS : calendar.week);
  const always = calendar.week === 'always';
  return (
    <>
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
      <ChecklistField
        legend="Holiday sets"
        path={[...path, 'holidaySets']}
        choices={draft.holidaySets.map((s) => ({ id: s.id, label: s.name || s.id }))}
        unknownLabel={(id) => `${id} (unknown)`}
        emptyHint="No holiday sets yet: add them under Holiday sets."
      />
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
      nameOptional
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
