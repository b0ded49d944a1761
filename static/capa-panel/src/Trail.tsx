import type { CapaTrailEntry } from '../../../src/resolvers/capaViews';

const text = (value: unknown): string =>
  value === undefined || value === null
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** Long values (a whole action, an evidence summary) in brief; the cell's title has them whole. */
const short = (value: string): string => (value.length > 120 ? `${value.slice(0, 120)}…` : value);

/** The audit trail, newest first: who, when, which field, before → after. Append-only. */
export function Trail({ trail }: { trail: readonly CapaTrailEntry[] }) {
  return (
    <section aria-label="Audit trail">
      <h3 className="capa__subheading">Audit trail</h3>
      <table className="capa__table capa__trail">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Field</th>
            <th scope="col">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {[...trail].reverse().map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td>
                <time dateTime={new Date(e.at).toISOString()}>
                  {new Date(e.at).toISOString().slice(0, 16).replace('T', ' ')}
                </time>
              </td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.field ?? '—'}</td>
              <td title={`${text(e.before)} → ${text(e.after)}`}>
                {short(text(e.before))} → {short(text(e.after))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
