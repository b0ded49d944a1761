import type { ActionModel } from '../../../../src/domain/contract/types';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useDraftContext } from '../state/DraftContext';
import type { EditorProps } from './HolidaySetsEditor';
import { RuleList, type RuleKind } from './RuleList';

const KINDS: RuleKind[] = ['start', 'pause', 'resume', 'stop', 'reset'];
const COMMON_STATUSES = [
  'Open',
  'In Progress',
  'Waiting for customer',
  'Waiting for vendor',
  'Escalated',
  'Resolved',
  'Closed',
];

/** Statuses named anywhere in the draft's action models, then the usual ones. */
function KnownStatuses() {
  const { draft } = useDraftContext();
  const named = draft.actionModels.flatMap((m) =>
    (Array.isArray(m.pause) ? m.pause : []).flatMap((r) =>
      'whileStatus' in r && Array.isArray(r.whileStatus) ? r.whileStatus : [],
    ),
  );
  return (
    <datalist id="known-statuses">
      {[...new Set([...named, ...COMMON_STATUSES])].map((s) => (
        <option key={s} value={s} />
      ))}
    </datalist>
  );
}

/** Action models: the events that start, pause, resume, stop and reset a measurement. */
export function ActionModelsEditor({ selected, onSelect }: EditorProps) {
  return (
    <PartEditor<ActionModel>
      part="actionModels"
      heading="Action models"
      noun="action model"
      intro="When a measurement starts, is parked, resumes, stops and starts over."
      selected={selected}
      onSelect={onSelect}
      create={(ids) => ({
        id: uniqueId('action-model', ids),
        name: 'New action model',
        start: [{ on: 'created' }],
        stop: [{ on: 'resolutionSet' }],
      })}
    >
      {(model, path) => (
        <>
          <KnownStatuses />
          {KINDS.map((kind) => (
            <RuleList key={kind} kind={kind} rules={model[kind]} path={path} />
          ))}
        </>
      )}
    </PartEditor>
  );
}
