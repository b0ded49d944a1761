import type { Obligation, PriorityModel } from '../../../../src/domain/contract/types';
import { ListTextField } from '../components/fields/ListTextField';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { RemoveButton } from '../components/RemoveButton';
import { FieldMessages } from '../components/fields/FieldMessages';
import { useDraftContext } from '../state/DraftContext';
import { useFieldErrors } from '../state/ErrorsContext';
import type { Path } from '../state/paths';

/**
 * One obligation of an agreement: the goal, the issue types it covers, an optional calendar
 * that overrides the goal's, and a target per priority of the agreement's model.
 */
export function ObligationFields({
  obligation,
  path,
  number,
  model,
  onRemove,
}: {
  obligation: Obligation;
  path: Path;
  number: number;
  model: PriorityModel | undefined;
  onRemove: () => void;
}) {
  const { draft } = useDraftContext();
  const targetsPath = [...path, 'targets'];
  const targetsErrors = useFieldErrors(targetsPath);
  const label = `Obligation ${number}`;
  const goal = draft.goals.find((g) => g.id === obligation.goal);
  const goalCalendar = draft.calendars.find((c) => c.id === goal?.calendar);
  const targets =
    obligation.targets && typeof obligation.targets === 'object' ? obligation.targets : {};
  const priorities = model && Array.isArray(model.priorities) ? model.priorities : [];
  const others = Object.keys(targets).filter((id) => !priorities.some((p) => p.id === id));
  const { set } = useDraftContext();
  return (
    <fieldset className="fieldset obligation">
      <legend>{label}</legend>
      <div className="obligation__header">
        <div className="form-row">
          <SelectField
            label="Goal"
            ariaLabel={`${label} goal`}
            path={[...path, 'goal']}
            options={draft.goals.map((g) => ({ value: g.id, label: `${g.name} (${g.id})` }))}
          />
          <SelectField
            label="Calendar"
            ariaLabel={`${label} calendar`}
            path={[...path, 'calendar']}
            emptyLabel={`The goal's calendar${goalCalendar ? ` (${goalCalendar.name || goalCalendar.id})` : ''}`}
            options={draft.calendars.map((c) => ({ value: c.id, label: c.name || c.id }))}
          />
        </div>
        <RemoveButton label={`Remove obligation ${number}`} onClick={onRemove} />
      </div>
      <ListTextField
        label="Issue types"
        ariaLabel={`${label} issue types`}
        path={[...path, 'issueTypes']}
        list="issue-types"
        placeholder="Incident, Service request"
      />
      <fieldset
        className="fieldset fieldset--plain"
        aria-describedby={targetsErrors.invalid ? targetsErrors.errorId : undefined}
      >
        <legend id={targetsErrors.id} tabIndex={-1}>
          Targets
        </legend>
        <p className="field__hint">
          Business time as ISO 8601 durations: PT30M, PT4H, P2D (a day is 24 h of business time).
          Leave a priority empty for no target.
        </p>
        <FieldMessages id={targetsErrors.errorId} messages={targetsErrors.messages} />
        {priorities.length === 0 && (
          <p className="field__hint">Choose the agreement's priority model to set targets.</p>
        )}
        <div className="inline-fields">
          {priorities.map((p) => (
            <TextField
              key={p.id}
              label={p.name}
              ariaLabel={`${label} target for ${p.name}`}
              path={[...targetsPath, p.id]}
              optional
              size="small"
              placeholder="PT4H"
            />
          ))}
          {others.map((id) => (
            <div key={id} className="inline-fields__group">
              <TextField
                label={`${id} (not in the model)`}
                ariaLabel={`${label} target for ${id} (not in the model)`}
                path={[...targetsPath, id]}
                optional
                size="small"
              />
              <RemoveButton
                label={`Remove the target for ${id}`}
                onClick={() => set([...targetsPath, id], undefined)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
