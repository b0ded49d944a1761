import type { PartChanges } from '../../../../src/domain/contract/contractChanges';
import { Lozenge } from '../../../shared/components/Lozenge';
import { PART_LABELS } from '../state/navigation';

function Ids({ ids, kind }: { ids: readonly string[]; kind: 'added' | 'removed' | 'changed' }) {
  if (ids.length === 0) return null;
  const appearance = kind === 'added' ? 'success' : kind === 'removed' ? 'removed' : 'moved';
  return (
    <li className="changes__line">
      <Lozenge appearance={appearance}>{kind}</Lozenge>{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <code>{id}</code>
        </span>
      ))}
    </li>
  );
}

/** What a version changes, part by part: the ids added, removed and changed. */
export function ChangesList({ changes }: { changes: readonly PartChanges[] }) {
  if (changes.length === 0) return <p className="subtle">No changes.</p>;
  return (
    <dl className="changes">
      {changes.map((c) => (
        <div key={c.part} className="changes__part">
          <dt>{PART_LABELS[c.part] ?? c.part}</dt>
          <dd>
            <ul>
              <Ids ids={c.added} kind="added" />
              <Ids ids={c.removed} kind="removed" />
              <Ids ids={c.changed} kind="changed" />
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
