import type { GoalEvaluation } from '../../../src/domain/sla/types';
import { Lozenge } from '../../shared/components/Lozenge';
import { formatBusinessTime } from '../../shared/format';
import { Explanation } from './Explanation';
import { GoalProgress, type ProgressTone } from './GoalProgress';
import { instantText, liveGoal, stateLabel, timeLeftText, type LiveGoal } from './goalText';
import './GoalCard.css';

function tone(goal: GoalEvaluation, live: LiveGoal): ProgressTone {
  if (live.breached || goal.state === 'missed') return 'danger';
  if (goal.state === 'met') return 'success';
  if (goal.state === 'notStarted') return 'neutral';
  return live.warningsReached.length > 0 ? 'warning' : 'normal';
}

/** One SLA goal: state, target, deadline, time left, progress and why. */
export function GoalCard({
  goal,
  timeZone,
  now,
  sinceMs,
}: {
  goal: GoalEvaluation;
  timeZone: string;
  /** The instant it is, on the evaluation's clock. */
  now: number;
  /** Wall time since the evaluation. */
  sinceMs: number;
}) {
  const live = liveGoal(goal, now, sinceMs);
  const state = stateLabel(goal.state, live.breached);
  const open = goal.state === 'running' || goal.state === 'paused';
  return (
    <li className="goal-card">
      <div className="goal-card__header">
        <h3 className="goal-card__name">{goal.name}</h3>
        {goal.internal && (
          <span title="An internal goal (operational level agreement): not promised to the customer">
            <Lozenge appearance="new">Internal (OLA)</Lozenge>
          </span>
        )}
        <span className="goal-card__state">
          <Lozenge appearance={state.appearance}>{state.text}</Lozenge>
        </span>
      </div>
      <p
        className={`goal-card__left${live.breached ? ' goal-card__left--breached' : ''}`}
        {...(goal.state === 'running' && { role: 'timer', 'aria-live': 'off' as const })}
      >
        {timeLeftText(goal, live)}
      </p>
      <GoalProgress
        label={`${goal.name}: target used`}
        elapsedMs={live.elapsedMs}
        targetMs={goal.targetMs}
        warnings={goal.warnings.map((w) => w.fraction)}
        tone={tone(goal, live)}
      />
      <dl className="goal-card__facts">
        <div>
          <dt>Target</dt>
          <dd>{formatBusinessTime(goal.targetMs)} of business time</dd>
        </div>
        {open && !goal.breached && (
          <div>
            {/* A paused goal's deadline is where it would fall were the clock to resume now. */}
            <dt>{goal.state === 'paused' ? 'Deadline if resumed now' : 'Deadline'}</dt>
            <dd>
              {goal.deadline ? (
                <time dateTime={goal.deadline}>{instantText(goal.deadline, timeZone)}</time>
              ) : (
                'None while the clock is stopped'
              )}
            </dd>
          </div>
        )}
        {goal.completedAt && !open && (
          <div>
            <dt>Completed</dt>
            <dd>
              <time dateTime={goal.completedAt}>{instantText(goal.completedAt, timeZone)}</time>
            </dd>
          </div>
        )}
        {goal.breachedAt && (
          <div>
            <dt>Breached</dt>
            <dd>
              <time dateTime={goal.breachedAt}>{instantText(goal.breachedAt, timeZone)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Calendar</dt>
          <dd>{goal.calendar}</dd>
        </div>
      </dl>
      <Explanation goalName={goal.name} steps={goal.explanation} timeZone={timeZone} />
    </li>
  );
}
