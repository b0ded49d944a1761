import type { Escalation } from '../../../../src/domain/escalation/types';
import { FieldMessages } from '../components/fields/FieldMessages';
import { SelectField } from '../components/fields/SelectField';
import { RemoveButton } from '../components/RemoveButton';
import { useDraftContext } from '../state/DraftContext';
import { useErrorsContext, useFieldErrors } from '../state/ErrorsContext';
import { fieldId, toJsonPath, type Path } from '../state/paths';
import { useFocusRequest } from '../state/useFocusRequest';
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
  const { insert, remove } = useDraftContext();
  const { idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const actionsPath = [...path, 'actions'];
  const actionsErrors = useFieldErrors(actionsPath);
  const actions = Array.isArray(escalation.actions) ? escalation.actions : [];
  const label = `Escalation ${number}`;
  const addId = `${actionsErrors.id}-add`;
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
          onRemove={() => {
            remove(actionsPath, i);
            focus(addId);
          }}
        />
      ))}
      <button
        id={addId}
        type="button"
        className="button button--subtle"
        onClick={() => {
          insert(actionsPath, newEscalationAction());
          focus(fieldId(toJsonPath([...actionsPath, actions.length, 'type']), idPrefix));
        }}
      >
        Add action
      </button>
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
  const { set, insert, remove } = useDraftContext();
  const { idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const listPath = [...path, 'escalations'];
  const list = useFieldErrors(listPath);
  const items = Array.isArray(escalations) ? (escalations as Escalation[]) : [];
  const thresholds = Array.isArray(warnAt)
    ? (warnAt as unknown[]).filter((f): f is number => typeof f === 'number')
    : [];
  const addId = `${list.id}-add`;
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
          onRemove={() => {
            if (items.length === 1) set(listPath, undefined);
            else remove(listPath, i);
            focus(addId);
          }}
        />
      ))}
      <button
        id={addId}
        type="button"
        className="button button--default"
        onClick={() => {
          insert(listPath, { at: 'breach', actions: [newEscalationAction()] });
          focus(fieldId(toJsonPath([...listPath, items.length, 'at']), idPrefix));
        }}
      >
        Add escalation
      </button>
    </section>
  );
}
