import type { WorkListFilters, WorkListPage } from '../../../src/resolvers/views';
import './Filters.css';

type SelectFilter = 'customer' | 'product' | 'team';

/**
 * One of the filters that pick a value: "All …" or one of `options`. A chosen value stays
 * listed (after the options) even if the options no longer have it.
 */
function FilterSelect({
  name,
  label,
  allLabel,
  options,
  value,
  onChange,
}: {
  name: SelectFilter;
  label: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  onChange: (name: SelectFilter, value: string) => void;
}) {
  const listed =
    value && !options.some((o) => o.value === value)
      ? [...options, { value, label: value }]
      : options;
  return (
    <div className="filters__field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        value={value ?? ''}
        onChange={(e) => onChange(name, e.target.value)}
      >
        <option value="">{allLabel}</option>
        {listed.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const asOptions = (values: readonly string[] | undefined) =>
  (values ?? []).map((value) => ({ value, label: value }));

/**
 * The work list's filters. Every change reports the whole new set of filters; the list then
 * reloads from its first page.
 */
export function Filters({
  filters,
  options,
  onChange,
}: {
  filters: WorkListFilters;
  options: WorkListPage['options'] | null;
  onChange: (filters: WorkListFilters) => void;
}) {
  const set = (name: SelectFilter, value: string) => {
    const { [name]: _old, ...rest } = filters;
    onChange(value ? { ...rest, [name]: value } : rest);
  };
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <FilterSelect
        name="customer"
        label="Customer"
        allLabel="All customers"
        options={(options?.customers ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={filters.customer}
        onChange={set}
      />
      <FilterSelect
        name="product"
        label="Product"
        allLabel="All products"
        options={asOptions(options?.products)}
        value={filters.product}
        onChange={set}
      />
      <FilterSelect
        name="team"
        label="Team"
        allLabel="All teams"
        options={asOptions(options?.teams)}
        value={filters.team}
        onChange={set}
      />
      <div className="filters__check">
        <input
          id="filter-mine"
          type="checkbox"
          checked={filters.mine === true}
          onChange={(e) => {
            const { mine: _old, ...rest } = filters;
            onChange(e.target.checked ? { ...rest, mine: true } : rest);
          }}
        />
        <label htmlFor="filter-mine">Only my issues</label>
      </div>
    </form>
  );
}
