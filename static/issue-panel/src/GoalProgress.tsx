import { formatBusinessTime } from '../../shared/format';
import './GoalProgress.css';

export type ProgressTone = 'normal' | 'warning' | 'danger' | 'success' | 'neutral';

/**
 * How much of a goal's target is used, with a tick at each warning fraction. The bar stops at
 * the target; past it the text says by how much.
 */
export function GoalProgress({
  label,
  elapsedMs,
  targetMs,
  warnings,
  tone,
}: {
  label: string;
  elapsedMs: number;
  targetMs: number;
  warnings: readonly number[];
  tone: ProgressTone;
}) {
  const used = targetMs > 0 ? Math.max(0, elapsedMs) / targetMs : 1;
  const percent = Math.round(used * 100);
  const shown = Math.min(percent, 100);
  return (
    <div
      className={`goal-progress goal-progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown}
      aria-valuetext={`${percent} % of the ${formatBusinessTime(targetMs)} target used`}
    >
      <div className="goal-progress__fill" style={{ width: `${shown}%` }} />
      {warnings.map((fraction) => (
        <span
          key={fraction}
          className="goal-progress__tick"
          style={{ left: `${Math.min(fraction, 1) * 100}%` }}
          title={`Warning at ${Math.round(fraction * 100)} %`}
          data-testid="warning-tick"
        />
      ))}
    </div>
  );
}
