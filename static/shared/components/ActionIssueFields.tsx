import type { ReactNode } from 'react';

/** Where a feature raises its action issues: a project (none: no issues), a type, a due date. */
export interface ActionIssueTarget {
  projectKey: string | null;
  issueType: string;
  dueInDays?: number;
}

type TargetField = 'projectKey' | 'issueType' | 'dueInDays';

/** One input to draw, in the page's own field style. */
export interface ActionIssueInput {
  field: TargetField;
  label: string;
  hint?: ReactNode;
  type: 'text' | 'number';
  value: string;
  error?: string;
  onChange: (text: string) => void;
}

/**
 * The project key, issue type and (when the feature has one) due-in-days inputs of every
 * feature that raises Jira issues (KPIs, development, quality, relationships, risk, review).
 * The page draws each input its own way (`renderInput`); the values are read and written here:
 * an empty project key is null, the days a number. The server checks the project and type
 * (src/resolvers/projectIssueTypeErrors.ts).
 */
export function ActionIssueFields<T extends ActionIssueTarget>({
  value,
  onChange,
  labels,
  hints = {},
  errors = {},
  renderInput,
}: {
  value: T;
  onChange: (next: T) => void;
  labels: { projectKey: string; issueType: string; dueInDays?: string };
  hints?: Partial<Record<TargetField, ReactNode>>;
  errors?: Partial<Record<TargetField, string | undefined>>;
  renderInput: (input: ActionIssueInput) => ReactNode;
}) {
  const input = (field: TargetField, label: string, text: string, read: (t: string) => T) =>
    renderInput({
      field,
      label,
      hint: hints[field],
      type: field === 'dueInDays' ? 'number' : 'text',
      value: text,
      error: errors[field],
      onChange: (t) => onChange(read(t)),
    });
  return (
    <>
      {input('projectKey', labels.projectKey, value.projectKey ?? '', (t) => ({
        ...value,
        projectKey: t.trim() || null,
      }))}
      {input('issueType', labels.issueType, value.issueType, (t) => ({ ...value, issueType: t }))}
      {labels.dueInDays !== undefined &&
        value.dueInDays !== undefined &&
        input('dueInDays', labels.dueInDays, String(value.dueInDays), (t) => ({
          ...value,
          dueInDays: Number(t),
        }))}
    </>
  );
}
