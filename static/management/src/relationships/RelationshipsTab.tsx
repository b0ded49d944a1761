/** Being built (#14). */
export function RelationshipsTab() {
  return <p>Being built.</p>;
}
