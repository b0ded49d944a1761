/** What the issue panel's Development section shows (`devHandover.ts`); types only, for the UI. */

export interface DevelopmentEnvironmentView {
  readonly id: string;
  readonly name: string;
  readonly version: string | null;
  /** Whether it runs the fixed-in version; null when either version is unknown. */
  readonly runsFix: boolean | null;
}

export interface DevelopmentView {
  readonly issueKey: string;
  /** Whether the caller may hand the case over (staff who may edit it). */
  readonly canHandOver: boolean;
  /** Whether a development project is configured (else only an existing issue can be linked). */
  readonly configured: boolean;
  readonly handover: {
    /** null while the hand-over is under way. */
    readonly devKey: string | null;
    readonly devStatus: string | null;
    readonly fixedIn: string | null;
    readonly handedOverAt: string;
  } | null;
  readonly environments: readonly DevelopmentEnvironmentView[];
}
