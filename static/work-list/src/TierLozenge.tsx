import type { WorkListRow } from '../../../src/resolvers/views';
import { Lozenge } from '../../shared/components/Lozenge';
import { TIERS } from './rowText';

/** Breached, at risk or on track. */
export function TierLozenge({ tier }: { tier: WorkListRow['tier'] }) {
  const { text, appearance } = TIERS[tier];
  return <Lozenge appearance={appearance}>{text}</Lozenge>;
}
