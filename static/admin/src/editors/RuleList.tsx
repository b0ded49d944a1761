import type { PauseRule } from '../../../../src/domain/contract/types';
import { Button } from '../../../shared/components/Button';
import { ListTextField } from '../components/fields/ListTextField';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { RemoveButton } from '../components/RemoveButton';
import { useDraftContext } from '../state/DraftContext';
import { useFieldErrors } from '../state/ErrorsContext';
import { FieldMessages } from '../components/fields/FieldMessages';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';
import { EVENT_KINDS, EVENT_LABELS, type EventKind } from './options';

export type RuleKind = 'start' | 'pause' | 'resume' | 'stop' | 'reset';

const WHILE_STATUS = 'whileStatus';

export const RULE_KIND_TEXT: Record<RuleKind, { title: string; hint: string }> = {
  start: { title: 'Start', hint: 'Events that start the clock (at least one).' },
  pause: {
    title: 'Pause',
    hint: 'While the issue is in one of some statuses, or from an event until a resume rule fires.',
  },
  resume: { title: 'Resume', hint: 'Events that restart a clock paused by an event.' },
  stop: { title: 'Stop', hint: 'Events that stop the clock: the goal is met or missed.' },
  reset: { title: 'Reset', hint: 'Events that start a new cycle from zero.' },
};

/** A rule with another event kind: `status`/`field` kept only where the new kind takes one. */
function rekind(rule: PauseRule, kind: string): PauseRule {
  if (kind === WHILE_STATUS) {
    const status = 'status' in rule && rule.status ? [rule.status] : [];
    return { whileStatus: 'whileStatus' in rule ? rule.whileStatus : status };
  }
  const on = kind as EventKind;
  const status = 'status' in rule ? rule.status : undefined;
  const field = 'field' in rule ? rule.field : undefined;
  return {
    on,
    ...((on === 'statusEntered' || on === 'statusLeft') && status ? { status } : {}),
    ...(on === 'fieldChanged' && field ? { field } : {}),
  };
}

/** The rules of one kind of an action model: an event select and the status or field it names. */
export function RuleList({
  kind,
  rules,
  path,
}: {
  kind: RuleKind;
  rules: readonly PauseRule[] | undefined;
  path: Path;
}) {
  const { set } = useDraftContext();
  const listPath = [...path, kind];
  const list = useFieldErrors(listPath);
  const items = Array.isArray(rules) ? rules : [];
  const edit = useListEditing(listPath, items.length);
  const title = RULE_KIND_TEXT[kind].title;
  const options = [
    ...EVENT_KINDS.map((k) => ({ value: k as string, label: EVENT_LABELS[k] })),
    ...(kind === 'pause' ? [{ value: WHILE_STATUS, label: 'While in status…' }] : []),
  ];
  return (
    <fieldset className="fieldset rule-list">
      <legend id={list.id} tabIndex={-1}>
        {title}
      </legend>
      <p className="field__hint">{RULE_KIND_TEXT[kind].hint}</p>
      <FieldMessages id={list.errorId} messages={list.messages} />
      {items.map((rule, i) => {
        const rulePath = [...listPath, i];
        const label = `${title} rule ${i + 1}`;
        const current = 'whileStatus' in rule ? WHILE_STATUS : rule.on;
        return (
          <div key={i} className="rule-row">
            <SelectField
              label="Event"
              ariaLabel={`${label} event`}
              path={[...rulePath, 'whileStatus' in rule ? '?kind' : 'on']}
              options={options}
              value={current}
              onChange={(k) => k && set(rulePath, rekind(rule, k))}
            />
            {'whileStatus' in rule && (
              <ListTextField
                label="Statuses"
                ariaLabel={`${label} statuses`}
                path={[...rulePath, 'whileStatus']}
                list="known-statuses"
                placeholder="Waiting for customer, Waiting for vendor"
              />
            )}
            {'on' in rule &&
              (rule.on === 'statusEntered' || rule.on === 'statusLeft' || rule.status) && (
                <TextField
                  label="Status"
                  ariaLabel={`${label} status`}
                  path={[...rulePath, 'status']}
                  optional
                  list="known-statuses"
                  hint="Left empty, any status."
                />
              )}
            {'on' in rule && (rule.on === 'fieldChanged' || rule.field) && (
              <TextField
                label="Field"
                ariaLabel={`${label} field`}
                path={[...rulePath, 'field']}
                optional
                hint="Left empty, any field."
              />
            )}
            <RemoveButton label={`Remove ${label.toLowerCase()}`} onClick={() => edit.remove(i)} />
          </div>
        );
      })}
      <Button
        id={edit.addId}
        appearance="subtle"
        onClick={() =>
          kind === 'pause'
            ? edit.add({ whileStatus: [] }, 'whileStatus')
            : edit.add({ on: 'created' }, 'on')
        }
      >
        Add {title.toLowerCase()} rule
      </Button>
    </fieldset>
  );
}
