/** Being built (#14). */
export function ReviewTab() {
  return <p>Being built.</p>;
}
