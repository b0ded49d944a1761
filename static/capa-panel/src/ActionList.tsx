import type { CapaAction } from '../../../src/domain/quality/capa';
import { IssueLink } from '../../shared/components/IssueLink';
import { Lozenge } from '../../shared/components/Lozenge';

/** The CAPA's actions, each a Jira issue: kind, owner, due date, done (resolved in Jira) or open. */
export function ActionList({ actions }: { actions: readonly CapaAction[] }) {
  return (
    <section aria-label="Actions">
      <h3 className="capa__subheading">Actions</h3>
      <table className="capa__table">
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">Kind</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.issueKey}>
              <td>
                <IssueLink issueKey={a.issueKey} />
              </td>
              <td>{a.kind}</td>
              <td>{a.owner}</td>
              <td>{a.dueDate}</td>
              <td>
                <Lozenge appearance={a.done ? 'success' : 'default'}>
                  {a.done ? 'Done' : 'Open'}
                </Lozenge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
