import type { GoalEvaluation } from '../../../src/domain/sla/types';
import { GoalCard } from './GoalCard';

/** Every goal of the agreement, in the contract's order. */
export function GoalList({
  goals,
  timeZone,
  now,
  sinceMs,
}: {
  goals: readonly GoalEvaluation[];
  timeZone: string;
  now: number;
  sinceMs: number;
}) {
  return (
    <section aria-labelledby="goals-heading">
      <h2 className="subtle-heading" id="goals-heading">
        Goals
      </h2>
      {goals.length === 0 ? (
        <p>The agreement sets no goal for this issue.</p>
      ) : (
        <ul className="goal-list">
          {goals.map((goal) => (
            <GoalCard key={goal.goal} goal={goal} timeZone={timeZone} now={now} sinceMs={sinceMs} />
          ))}
        </ul>
      )}
    </section>
  );
}
