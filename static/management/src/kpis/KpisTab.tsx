/** Being built (#14). `canEdit`: the viewer is a Jira administrator (`getQualityPageAccess`). */
export function KpisTab({ canEdit }: { readonly canEdit: boolean }) {
  return <p>Being built{canEdit ? ' (editable)' : ''}.</p>;
}
