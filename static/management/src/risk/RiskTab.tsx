/** Being built (#14). */
export function RiskTab() {
  return <p>Being built.</p>;
}
