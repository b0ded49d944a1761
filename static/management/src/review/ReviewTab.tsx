/** Being built (#14). `canEdit`: the viewer is a Jira administrator (`getQualityPageAccess`). */
export function ReviewTab({ canEdit }: { readonly canEdit: boolean }) {
  return <p>Being built{canEdit ? ' (editable)' : ''}.</p>;
}
