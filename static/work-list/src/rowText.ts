import type { WorkListRow } from '../../../src/resolvers/views';
import type { LozengeAppearance } from '../../shared/components/Lozenge';
import { formatBusinessTime, formatInstantIn } from '../../shared/format';

/** The tier lozenge: colour and text. */
export const TIERS: Record<
  WorkListRow['tier'],
  { readonly text: string; readonly appearance: LozengeAppearance }
> = {
  breached: { text: 'Breached', appearance: 'removed' },
  atRisk: { text: 'At risk', appearance: 'moved' },
  onTrack: { text: 'On track', appearance: 'success' },
};

/** The most urgent goal's time, in business time: `2h 15m left`, `1h 20m over target`. */
export function timeLeftText(urgent: WorkListRow['urgent']): string {
  if (!urgent) return 'No open goal';
  if (urgent.breached) return `${formatBusinessTime(-urgent.remainingMs)} over target`;
  const left = `${formatBusinessTime(urgent.remainingMs)} left`;
  return urgent.state === 'paused' ? `Paused, ${left}` : left;
}

/** An instant in the viewer's time zone; UTC should the zone be one the browser lacks. */
export function instantText(iso: string, timeZone: string): string {
  try {
    return formatInstantIn(iso, timeZone);
  } catch {
    return `${formatInstantIn(iso, 'UTC')} UTC`;
  }
}
