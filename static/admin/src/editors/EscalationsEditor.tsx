import type { Escalation } from '../../../../src/domain/escalation/types';
import { Button } from '../../../shared/components/Button';
import { FieldMessages } from '../components/fields/FieldMessages';
import { SelectField } from '../components/fields/SelectField';
import { RemoveButton } from '../components/RemoveButton';
import { useFieldErrors } from '../state/ErrorsContext';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';
import { EscalationActionFields, newEscalationAction } from './EscalationActionFields';
import { JIRA_PRIORITIES } from './options';

const percent = (fraction: number) => `${Math.round(fraction * 10000) / 100} %`;

function EscalationFields({
  escalation,
  path,
  number,
  warnAt,
  onRemove,
}: {
  escalation: Escalation;
  path: Path;
  number: number;
  warnAt: readonly number[];
  onRemove: () => void;
}) {
  const actionsPath = [...path, 'actions'];
  const actionsErrors = useFieldErrors(actionsPath);
  const actions = Array.isArray(escalation.actions) ? escalation.actions : [];
  const edit = useListEditing(actionsPath, actions.length);
  const label = `Escalation ${number}`;
  return (
    <fieldset className="fieldset escalation">
      <legend>{label}</legend>
      <div className="escalation__header">
        <SelectField<number | string>
          label="At"
          ariaLabel={`${label} at`}
          path={[...path, 'at']}
          options={[
            ...warnAt.map((f) => ({ value: f, label: `${percent(f)} of the target` })),
            { value: 'breach', label: 'Breach' },
          ]}
        />
        <RemoveButton label={`Remove escalation ${number}`} onClick={onRemove} />
      </div>
      <FieldMessages id={actionsErrors.errorId} messages={actionsErrors.messages} />
      {actions.map((action, i) => (
        <EscalationActionFields
          key={i}
          action={action}
          path={[...actionsPath, i]}
          label={`${label} action ${i + 1}`}
          onRemove={() => edit.remove(i)}
        />
      ))}
      <Button
        id={edit.addId}
        appearance="subtle"
        onClick={() => edit.add(newEscalationAction(), 'type')}
      >
        Add action
      </Button>
    </fieldset>
  );
}

/** What the app does when the goal crosses a warning threshold or breaches. */
export function EscalationsEditor({
  escalations,
  warnAt,
  path,
}: {
  escalations: unknown;
  warnAt: unknown;
  path: Path;
}) {
  const listPath = [...path, 'escalations'];
  const list = useFieldErrors(listPath);
  const items = Array.isArray(escalations) ? (escalations as Escalation[]) : [];
  const edit = useListEditing(listPath, items.length, { optional: true });
  const thresholds = Array.isArray(warnAt)
    ? (warnAt as unknown[]).filter((f): f is number => typeof f === 'number')
    : [];
  return (
    <section className="subsection" aria-labelledby={list.id}>
      <h4 id={list.id} tabIndex={-1}>
        Escalations
      </h4>
      <FieldMessages id={list.errorId} messages={list.messages} />
      <datalist id="jira-priorities-escalation">
        {JIRA_PRIORITIES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {items.length === 0 && <p className="field__hint">No escalations.</p>}
      {items.map((escalation, i) => (
        <EscalationFields
          key={i}
          escalation={escalation}
          path={[...listPath, i]}
          number={i + 1}
          warnAt={thresholds}
          onRemove={() => edit.remove(i)}
        />
      ))}
      <Button
        id={edit.addId}
        onClick={() => edit.add({ at: 'breach', actions: [newEscalationAction()] }, 'at')}
      >
        Add escalation
      </Button>
    </section>
  );
}
