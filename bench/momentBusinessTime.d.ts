/**
 * moment-business-time ships no type declarations: the methods it adds to moment, as far as
 * the benchmark uses them (see node_modules/moment-business-time/lib/business-hours.js).
 */
import 'moment';

declare module 'moment' {
  interface Moment {
    /** Adds working time in place and returns the same moment: `(5, 'hours', 30, 'minutes')`. */
    addWorkingTime(...amountsAndUnits: (number | unitOfTime.Base)[]): Moment;
    /** Working time from `comparator` to this moment, as `moment#diff` counts it. */
    workingDiff(comparator: MomentInput, unit?: unitOfTime.Diff, precise?: boolean): number;
    isWorkingTime(): boolean;
    isWorkingDay(): boolean;
  }
}
