/**
 * The settings of the KPI sources the app computes (`KpiSourceSettings`): which incidents take a
 * service down (uptime) and which issues are defects of which releases (defect density). Errors
 * come from `kpiSourceSettingsErrors` under any root path; each is shown at its field, matched
 * by the path's end, and any other under the form.
 */
import { useEffect, useId, useState } from 'react';
import type { ValidationError } from '../../../../src/domain/validation';
import type {
  KpiSourceSettings,
  ReleaseSizeMeasure,
} from '../../../../src/domain/kpi/kpiSourceSettings';

export interface KpiSourceSettingsEditorProps {
  value: KpiSourceSettings;
  onChange(value: KpiSourceSettings): void;
  errors: readonly ValidationError[];
}

const FIELDS = [
  'uptime.incidentIssueTypes',
  'uptime.businessImpactingPriorities',
  'uptime.promisePercent',
  'defectDensity.defectIssueTypes',
  'defectDensity.releaseProjects',
  'defectDensity.releaseSize',
] as const;
type FieldName = (typeof FIELDS)[number];

/** Whether an error's path is at `field` (or inside it: an entry of its list). */
const isAt = (path: string, field: FieldName): boolean => {
  const at = path.lastIndexOf(`.${field}`);
  if (at < 0) return false;
  const rest = path.slice(at + field.length + 1);
  return rest === '' || rest.startsWith('[');
};

const SIZE_LABELS: Record<ReleaseSizeMeasure, string> = {
  'fixed-issues': 'Issues fixed in the release (defects ÷ all issues with the fix version)',
  release: 'One per release (defects per release)',
};

export function KpiSourceSettingsEditor({ value, onChange, errors }: KpiSourceSettingsEditorProps) {
  const idBase = useId();
  const messages = (field: FieldName) =>
    errors.filter((e) => isAt(e.path, field)).map((e) => e.message);
  const unplaced = errors.filter((e) => !FIELDS.some((f) => isAt(e.path, f)));
  const setUptime = (change: Partial<KpiSourceSettings['uptime']>) =>
    onChange({ ...value, uptime: { ...value.uptime, ...change } });
  const setDensity = (change: Partial<KpiSourceSettings['defectDensity']>) =>
    onChange({ ...value, defectDensity: { ...value.defectDensity, ...change } });
  const fieldProps = (field: FieldName) => ({
    id: `${idBase}-${field.replace('.', '-')}`,
    messages: messages(field),
  });

  return (
    <div className="kpi-source-settings">
      <fieldset className="fieldset">
        <legend>Uptime</legend>
        <p className="field__hint">
          The service is down from a business-impacting incident&rsquo;s creation until it is
          resolved, around the clock; overlapping incidents count once.
        </p>
        <NamesField
          {...fieldProps('uptime.incidentIssueTypes')}
          label="Incident issue types"
          value={value.uptime.incidentIssueTypes}
          onChange={(incidentIssueTypes) => setUptime({ incidentIssueTypes })}
        />
        <NamesField
          {...fieldProps('uptime.businessImpactingPriorities')}
          label="Business-impacting priorities"
          hint="The contract priority's name (e.g. Priority 1, Red) or id; Jira's priority name for issues no agreement covers. Separate several with commas."
          value={value.uptime.businessImpactingPriorities}
          onChange={(businessImpactingPriorities) => setUptime({ businessImpactingPriorities })}
        />
        <Frame {...fieldProps('uptime.promisePercent')} label="Uptime promised (%)">
          {(control) => (
            <input
              {...control}
              className="input input--small"
              type="number"
              step="any"
              min={0}
              max={100}
              value={
                Number.isFinite(value.uptime.promisePercent) ? value.uptime.promisePercent : ''
              }
              onChange={(e) =>
                setUptime({
                  promisePercent: e.target.value === '' ? Number.NaN : Number(e.target.value),
                })
              }
            />
          )}
        </Frame>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Defect density</legend>
        <p className="field__hint">
          The defects whose fix version is a release of the month, divided by the size of those
          releases. A release is a released version of a release project, in the month of its
          release date.
        </p>
        <NamesField
          {...fieldProps('defectDensity.defectIssueTypes')}
          label="Defect issue types"
          value={value.defectDensity.defectIssueTypes}
          onChange={(defectIssueTypes) => setDensity({ defectIssueTypes })}
        />
        <NamesField
          {...fieldProps('defectDensity.releaseProjects')}
          label="Release projects"
          hint="Keys of the Jira projects whose versions are the releases, e.g. APP. Separate several with commas."
          value={value.defectDensity.releaseProjects}
          onChange={(releaseProjects) => setDensity({ releaseProjects })}
        />
        <Frame {...fieldProps('defectDensity.releaseSize')} label="Size of a release">
          {(control) => (
            <select
              {...control}
              className="input"
              value={value.defectDensity.releaseSize}
              onChange={(e) => setDensity({ releaseSize: e.target.value as ReleaseSizeMeasure })}
            >
              {(Object.keys(SIZE_LABELS) as ReleaseSizeMeasure[]).map((size) => (
                <option key={size} value={size}>
                  {SIZE_LABELS[size]}
                </option>
              ))}
            </select>
          )}
        </Frame>
      </fieldset>
      {unplaced.length > 0 && (
        <div className="field-error" role="alert">
          {unplaced.map((e) => (
            <p key={`${e.path} ${e.message}`}>
              {e.path}: {e.message}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function Frame({
  id,
  label,
  hint,
  messages,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  messages: readonly string[];
  children: (control: ControlProps) => React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errorId ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': errorId ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {errorId && (
        <div id={errorId} className="field-error">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </div>
  );
}

const parseNames = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A list of names typed comma-separated; the text is kept as typed while it means the list. */
function NamesField({
  id,
  label,
  hint = 'Separate several with commas.',
  messages,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  messages: readonly string[];
  value: readonly string[];
  onChange(value: string[]): void;
}) {
  const [text, setText] = useState(value.join(', '));
  useEffect(() => {
    const typed = parseNames(text);
    if (typed.length !== value.length || typed.some((v, i) => v !== value[i]))
      setText(value.join(', '));
  }, [value]);
  return (
    <Frame id={id} label={label} hint={hint} messages={messages}>
      {(control) => (
        <input
          {...control}
          className="input input--wide"
          type="text"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseNames(e.target.value));
          }}
        />
      )}
    </Frame>
  );
}
