/** Being built (#14). `canEdit`: the viewer is a Jira administrator (`getQualityPageAccess`). */
export function RelationshipsTab({ canEdit }: { readonly canEdit: boolean }) {
  return <p>Being built{canEdit ? ' (editable)' : ''}.</p>;
}
