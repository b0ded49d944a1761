import { FormField } from './FormField';

export interface MonthRange {
  readonly from?: string;
  readonly to?: string;
}

/** The "From" and "To" months (`YYYY-MM`) of a report's form. */
export function MonthRangeFields({
  range,
  onChange,
}: {
  range: MonthRange;
  onChange: (change: MonthRange) => void;
}) {
  return (
    <>
      <FormField label="From">
        {(id) => (
          <input
            id={id}
            type="month"
            required
            value={range.from ?? ''}
            onChange={(e) => onChange({ from: e.target.value })}
          />
        )}
      </FormField>
      <FormField label="To">
        {(id) => (
          <input
            id={id}
            type="month"
            required
            value={range.to ?? ''}
            onChange={(e) => onChange({ to: e.target.value })}
          />
        )}
      </FormField>
    </>
  );
}
