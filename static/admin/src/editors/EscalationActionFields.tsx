import type { EscalationAction } from '../../../../src/domain/escalation/types';
import { CheckboxField } from '../components/fields/CheckboxField';
import { ListTextField } from '../components/fields/ListTextField';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { RemoveButton } from '../components/RemoveButton';
import { useDraftContext } from '../state/DraftContext';
import type { Path } from '../state/paths';
import { ESCALATION_ACTION_TYPES } from './options';

const NEW_ACTION: Record<EscalationAction['type'], EscalationAction> = {
  comment: { type: 'comment', text: '' },
  notify: { type: 'notify', assignee: true },
  assign: { type: 'assign', accountId: '' },
  raisePriority: { type: 'raisePriority' },
  addLabel: { type: 'addLabel', label: 'sla-breached' },
};

export const newEscalationAction = (type: EscalationAction['type'] = 'notify') => NEW_ACTION[type];

const PLACEHOLDERS = 'Fill in {issue}, {goal}, {threshold} and {deadline}.';

/** One action of an escalation: its type and the fields that type takes. */
export function EscalationActionFields({
  action,
  path,
  label,
  onRemove,
}: {
  action: EscalationAction;
  path: Path;
  label: string;
  onRemove: () => void;
}) {
  const { set } = useDraftContext();
  return (
    <div className="escalation-action">
      <SelectField
        label="Action"
        ariaLabel={`${label} type`}
        path={[...path, 'type']}
        options={ESCALATION_ACTION_TYPES}
        value={action.type}
        onChange={(type) =>
          type && type !== action.type && set(path, NEW_ACTION[type as EscalationAction['type']])
        }
      />
      {action.type === 'comment' && (
        <TextField
          label="Text"
          ariaLabel={`${label} text`}
          path={[...path, 'text']}
          multiline
          size="wide"
          hint={PLACEHOLDERS}
        />
      )}
      {action.type === 'notify' && (
        <>
          <div className="checkbox-row">
            <CheckboxField label="The assignee" path={[...path, 'assignee']} optional />
            <CheckboxField label="The reporter" path={[...path, 'reporter']} optional />
          </div>
          <ListTextField
            label="Groups"
            ariaLabel={`${label} groups`}
            path={[...path, 'groups']}
            optional
            size="medium"
          />
          <ListTextField
            label="Users (account ids)"
            ariaLabel={`${label} users (account ids)`}
            path={[...path, 'users']}
            optional
            size="medium"
          />
          <TextField
            label="Text"
            ariaLabel={`${label} text`}
            path={[...path, 'text']}
            optional
            multiline
            size="wide"
            hint={PLACEHOLDERS}
          />
        </>
      )}
      {action.type === 'assign' && (
        <TextField
          label="Account id"
          ariaLabel={`${label} account id`}
          path={[...path, 'accountId']}
        />
      )}
      {action.type === 'raisePriority' && (
        <TextField
          label="To Jira priority"
          ariaLabel={`${label} to Jira priority`}
          path={[...path, 'to']}
          optional
          list="jira-priorities-escalation"
          hint="Left empty, one internal rank up in the agreement's model."
        />
      )}
      {action.type === 'addLabel' && (
        <TextField
          label="Label"
          ariaLabel={`${label} label`}
          path={[...path, 'label']}
          size="small"
        />
      )}
      <RemoveButton label={`Remove ${label.toLowerCase()}`} onClick={onRemove} />
    </div>
  );
}
