/** Being built (#14). */
export function KpisTab() {
  return <p>Being built.</p>;
}
