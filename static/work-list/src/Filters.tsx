import type { WorkListFilters, WorkListPage } from '../../../src/resolvers/views';
import './Filters.css';

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
  const set = (name: 'customer' | 'product' | 'team', value: string) => {
    const { [name]: _old, ...rest } = filters;
    onChange(value ? { ...rest, [name]: value } : rest);
  };
  const customers = options?.customers ?? [];
  const products = options?.products ?? [];
  const teams = options?.teams ?? [];
  // A chosen value stays listed even if the options no longer have it.
  const withChosen = (values: readonly string[], chosen: string | undefined) =>
    chosen && !values.includes(chosen) ? [...values, chosen] : values;
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__field">
        <label htmlFor="filter-customer">Customer</label>
        <select
          id="filter-customer"
          value={filters.customer ?? ''}
          onChange={(e) => set('customer', e.target.value)}
        >
          <option value="">All customers</option>
          {customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          {filters.customer && !customers.some((c) => c.id === filters.customer) && (
            <option value={filters.customer}>{filters.customer}</option>
          )}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="filter-product">Product</label>
        <select
          id="filter-product"
          value={filters.product ?? ''}
          onChange={(e) => set('product', e.target.value)}
        >
          <option value="">All products</option>
          {withChosen(products, filters.product).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="filter-team">Team</label>
        <select
          id="filter-team"
          value={filters.team ?? ''}
          onChange={(e) => set('team', e.target.value)}
        >
          <option value="">All teams</option>
          {withChosen(teams, filters.team).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
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
