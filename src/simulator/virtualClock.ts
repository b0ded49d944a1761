/**
 * The simulator's clock. Tests and the demo move it forward; it never goes back, so the
 * histories Jira records stay in order.
 */
export class VirtualClock {
  constructor(private instant: number) {}

  now(): number {
    return this.instant;
  }

  /** Moves to `t`; refuses to go backwards. */
  moveTo(t: number): void {
    if (!Number.isFinite(t)) throw new RangeError('the clock needs an instant');
    if (t < this.instant) {
      throw new RangeError(
        `the clock never goes backwards: it is ${new Date(this.instant).toISOString()}, asked for ${new Date(t).toISOString()}`,
      );
    }
    this.instant = t;
  }
}
