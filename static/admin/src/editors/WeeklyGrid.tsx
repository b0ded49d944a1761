import type { OpeningRange, WeeklyHours } from '../../../../src/domain/calendar/types';
import { Button } from '../../../shared/components/Button';
import { describedBy, useFieldErrors } from '../state/ErrorsContext';
import { FieldMessages } from '../components/fields/FieldMessages';
import { TextField } from '../components/fields/TextField';
import { RemoveButton } from '../components/RemoveButton';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';
import { WEEKDAYS, WEEKDAY_NAMES, type Weekday } from './options';

const minutes = (time: string) => {
  const match = /^(\d\d):(\d\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The range "Add range" suggests: office hours on a closed day, else the hour after the last. */
export function nextRange(ranges: readonly OpeningRange[]): [string, string] {
  const last = ranges[ranges.length - 1];
  if (!last) return ['08:00', '16:00'];
  const end = minutes(last[1]);
  if (end === undefined || end >= 23 * 60) return ['', ''];
  return [hhmm(end + 30), hhmm(Math.min(end + 90, 24 * 60))];
}

function RangeRow({
  dayPath,
  day,
  index,
  onRemove,
}: {
  dayPath: Path;
  day: Weekday;
  index: number;
  onRemove: () => void;
}) {
  const rangePath = [...dayPath, index];
  const range = useFieldErrors(rangePath);
  const name = `${WEEKDAY_NAMES[day]} range ${index + 1}`;
  // Either end is marked invalid, and described, by an error of the whole range.
  const time = (end: 'start' | 'end', at: 0 | 1) => (
    <TextField
      label={`${name} ${end}`}
      hideLabel
      path={[...rangePath, at]}
      size="small"
      placeholder="HH:MM"
      inputMode="numeric"
      describedById={range.invalid ? range.errorId : undefined}
      groupInvalid={range.invalid}
    />
  );
  return (
    <li className="range" id={range.id} tabIndex={-1}>
      <div className="range__inputs">
        {time('start', 0)}
        <span aria-hidden="true" className="range__dash">
          –
        </span>
        {time('end', 1)}
        <RemoveButton label={`Remove ${name}`} onClick={onRemove} />
      </div>
      <FieldMessages id={range.errorId} messages={range.messages} />
    </li>
  );
}

function DayRow({ week, weekPath, day }: { week: object; weekPath: Path; day: Weekday }) {
  const dayPath = [...weekPath, day];
  const errors = useFieldErrors(dayPath);
  const value = (week as Record<string, unknown>)[day];
  const ranges = Array.isArray(value) ? (value as OpeningRange[]) : [];
  // The add button is the day's field: its errors' summary links focus it.
  const edit = useListEditing(dayPath, ranges.length, { addId: errors.id });
  return (
    <div
      className="week-grid__day"
      role="group"
      aria-label={WEEKDAY_NAMES[day]}
      aria-describedby={describedBy(errors.invalid && errors.errorId)}
    >
      <div className="week-grid__name" aria-hidden="true">
        {WEEKDAY_NAMES[day]}
      </div>
      <div className="week-grid__ranges">
        {ranges.length === 0 ? (
          <span className="week-grid__closed">Closed</span>
        ) : (
          <ul className="range-list">
            {ranges.map((_, i) => (
              <RangeRow
                key={i}
                dayPath={dayPath}
                day={day}
                index={i}
                onRemove={() => edit.remove(i)}
              />
            ))}
          </ul>
        )}
        <FieldMessages id={errors.errorId} messages={errors.messages} />
      </div>
      <Button id={edit.addId} appearance="subtle" onClick={() => edit.add(nextRange(ranges), 0)}>
        Add range
      </Button>
    </div>
  );
}

/**
 * Opening hours per weekday: Monday to Sunday, each with any number of HH:MM–HH:MM ranges
 * (`24:00` may end one); a day without ranges is closed.
 */
export function WeeklyGrid({ week, path }: { week: WeeklyHours; path: Path }) {
  const weekPath = [...path, 'week'];
  const errors = useFieldErrors(weekPath);
  const days = typeof week === 'object' && week !== null ? week : {};
  return (
    <fieldset
      className="fieldset week-grid"
      aria-describedby={describedBy(errors.invalid && errors.errorId)}
    >
      <legend id={errors.id} tabIndex={-1}>
        Opening hours
      </legend>
      <FieldMessages id={errors.errorId} messages={errors.messages} />
      {WEEKDAYS.map((day) => (
        <DayRow key={day} week={days} weekPath={weekPath} day={day} />
      ))}
    </fieldset>
  );
}
