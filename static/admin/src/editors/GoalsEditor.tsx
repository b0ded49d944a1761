import type { Goal } from '../../../../src/domain/contract/types';
import { CheckboxField } from '../components/fields/CheckboxField';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useDraftContext } from '../state/DraftContext';
import { EscalationsEditor } from './EscalationsEditor';
import type { EditorProps } from './HolidaySetsEditor';
import { WarnAtEditor } from './WarnAtEditor';

/** Goals: what is measured (action model), on which calendar, when it warns and escalates. */
export function GoalsEditor({ selected, onSelect }: EditorProps) {
  const { draft } = useDraftContext();
  const idOptions = (items: readonly { id: string; name?: string }[]) =>
    items.map((i) => ({ value: i.id, label: i.name ? `${i.name} (${i.id})` : i.id }));
  return (
    <PartEditor<Goal>
      part="goals"
      heading="Goals"
      noun="goal"
      intro="An obligation measured with an action model on a calendar; targets per priority are set in agreements."
      selected={selected}
      onSelect={onSelect}
      create={(ids) => ({
        id: uniqueId('goal', ids),
        name: 'New goal',
        actionModel: draft.actionModels[0]?.id ?? '',
        calendar: draft.calendars[0]?.id ?? '',
        warnAt: [0.5, 0.75],
      })}
      describe={(g) => (g.internal ? 'internal (OLA)' : undefined)}
    >
      {(goal, path) => (
        <>
          <div className="form-row">
            <SelectField
              label="Action model"
              path={[...path, 'actionModel']}
              options={idOptions(draft.actionModels)}
              size="wide"
            />
            <SelectField
              label="Calendar"
              path={[...path, 'calendar']}
              options={idOptions(draft.calendars)}
              size="wide"
            />
          </div>
          <CheckboxField
            label="Internal (OLA)"
            path={[...path, 'internal']}
            optional
            hint="Measured and reported, not promised to the customer."
          />
          <TextField
            label="Next action"
            path={[...path, 'nextAction']}
            optional
            size="wide"
            hint="What the agent must do to meet the goal, e.g. “Respond to the customer”."
          />
          <WarnAtEditor warnAt={goal.warnAt} path={path} />
          <EscalationsEditor escalations={goal.escalations} warnAt={goal.warnAt} path={path} />
        </>
      )}
    </PartEditor>
  );
}
