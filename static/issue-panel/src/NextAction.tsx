import type { GoalEvaluation, NextAction as Next } from '../../../src/domain/sla/types';
import { instantText, relativeText } from './goalText';
import './NextAction.css';

/** The top of the panel: what to do next and by when, or that no goal runs. */
export function NextAction({
  next,
  goals,
  timeZone,
  now,
}: {
  next: Next | null;
  goals: readonly GoalEvaluation[];
  timeZone: string;
  now: number;
}) {
  if (!next) {
    const paused = goals.some((g) => g.state === 'paused');
    return (
      <section className="next-action next-action--idle" aria-labelledby="next-action-heading">
        <h2 className="subtle-heading" id="next-action-heading">
          Next action
        </h2>
        <p className="next-action__what">No SLA goal is running</p>
        <p className="next-action__when">
          {paused
            ? 'Clocks are paused: nothing is due until one resumes.'
            : 'Nothing is due on this issue.'}
        </p>
      </section>
    );
  }
  const goal = goals.find((g) => g.goal === next.goal);
  const due = Date.parse(next.due);
  const overdue = due < now;
  return (
    <section
      className={`next-action${overdue ? ' next-action--overdue' : ''}`}
      aria-labelledby="next-action-heading"
    >
      <h2 className="subtle-heading" id="next-action-heading">
        Next action
      </h2>
      <p className="next-action__what">{next.action}</p>
      <p className="next-action__when">
        Due <time dateTime={next.due}>{instantText(next.due, timeZone)}</time>{' '}
        <span className="next-action__relative">({relativeText(due, now)})</span>
        {goal && <> for {goal.name}</>}
      </p>
    </section>
  );
}
