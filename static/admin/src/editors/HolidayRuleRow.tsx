import type { HolidayRule } from '../../../../src/domain/calendar/types';
import { NumberField } from '../components/fields/NumberField';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { RemoveButton } from '../components/RemoveButton';
import { useDraftContext } from '../state/DraftContext';
import type { Path } from '../state/paths';
import { HOLIDAY_RULE_TYPES, MONTH_OPTIONS, WEEKDAY_OPTIONS } from './options';

/** The rule as another type: its common fields kept, the new type's fields filled in. */
export function retype(rule: HolidayRule, type: HolidayRule['type']): HolidayRule {
  const { name, closedFrom, fromYear, toYear } = rule;
  const common = { name, closedFrom, fromYear, toYear };
  const month = 'month' in rule ? rule.month : 1;
  const day = 'day' in rule ? rule.day : 1;
  const strip = (r: HolidayRule) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as HolidayRule;
  switch (type) {
    case 'fixed':
      return strip({ type, month, day, ...common });
    case 'date':
      return strip({
        type,
        date: `${new Date().getFullYear()}-${pad(month)}-${pad(day)}`,
        ...common,
      });
    case 'easter':
      return strip({ type, offsetDays: 0, ...common });
    case 'weekdayOnOrAfter':
      return strip({ type, weekday: 'fri', month, day, ...common });
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One holiday rule as a table row: its type, the fields that type needs, and the common ones. */
export function HolidayRuleRow({
  rule,
  path,
  number,
  onRemove,
}: {
  rule: HolidayRule;
  path: Path;
  number: number;
  onRemove: () => void;
}) {
  const { set } = useDraftContext();
  const label = (what: string) => `Rule ${number} ${what}`;
  return (
    <tr>
      <td>
        <SelectField
          label={label('type')}
          hideLabel
          path={[...path, 'type']}
          options={HOLIDAY_RULE_TYPES}
          size="small"
          value={rule.type}
          onChange={(type) => type && set(path, retype(rule, type as HolidayRule['type']))}
        />
      </td>
      <td>
        <div className="inline-fields">
          {rule.type === 'date' && (
            <TextField label={label('date')} hideLabel path={[...path, 'date']} type="date" />
          )}
          {rule.type === 'easter' && (
            <NumberField
              label={label('days from Easter Sunday')}
              hideLabel
              size="xsmall"
              path={[...path, 'offsetDays']}
            />
          )}
          {rule.type === 'weekdayOnOrAfter' && (
            <>
              <SelectField
                label={label('weekday')}
                hideLabel
                size="small"
                path={[...path, 'weekday']}
                options={WEEKDAY_OPTIONS}
              />
            </>
          )}
          {(rule.type === 'fixed' || rule.type === 'weekdayOnOrAfter') && (
            <>
              <NumberField
                label={label('day')}
                hideLabel
                size="xsmall"
                path={[...path, 'day']}
                placeholder="day"
              />
              <SelectField
                label={label('month')}
                hideLabel
                size="small"
                path={[...path, 'month']}
                options={MONTH_OPTIONS}
              />
            </>
          )}
        </div>
      </td>
      <td>
        <TextField label={label('name')} hideLabel path={[...path, 'name']} optional size="fill" />
      </td>
      <td>
        <TextField
          label={label('closes from')}
          hideLabel
          path={[...path, 'closedFrom']}
          optional
          size="xsmall"
          placeholder="all day"
          inputMode="numeric"
        />
      </td>
      <td>
        <NumberField
          label={label('from year')}
          hideLabel
          path={[...path, 'fromYear']}
          size="xsmall"
          placeholder="any"
        />
      </td>
      <td>
        <NumberField
          label={label('to year')}
          hideLabel
          path={[...path, 'toYear']}
          size="xsmall"
          placeholder="any"
        />
      </td>
      <td>
        <RemoveButton label={`Remove rule ${number}`} onClick={onRemove} />
      </td>
    </tr>
  );
}
