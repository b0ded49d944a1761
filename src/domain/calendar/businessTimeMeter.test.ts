import fc from 'fast-check';
import { calendarsOf, MINUTE, scenario, spanMinutes } from '../../../test/support/arbitraries';
import { at, copenhagenOffice, HOUR } from '../../../test/support/calendars';
import { businessTimeBetween } from './businessTimeBetween';
import { BusinessTimeMeter } from './businessTimeMeter';

describe('BusinessTimeMeter', () => {
  it('measures consecutive spans of open time', () => {
    const meter = new BusinessTimeMeter(copenhagenOffice());
    meter.startAt(at('2026-03-06T13:00:00Z')); // Friday 14:00 local
    expect(meter.measureTo(at('2026-03-06T14:00:00Z'))).toBe(1 * HOUR);
    expect(meter.measureTo(at('2026-03-09T08:00:00Z'))).toBe(1 * HOUR); // over the weekend
    meter.startAt(at('2026-12-31T12:00:00Z'));
    expect(meter.measureTo(at('2027-01-04T08:00:00Z'))).toBe(
      businessTimeBetween(
        copenhagenOffice(),
        at('2026-12-31T12:00:00Z'),
        at('2027-01-04T08:00:00Z'),
      ),
    );
  });

  it('gives what businessTimeBetween gives for each span, across years too', () => {
    fc.assert(
      fc.property(
        scenario('mixed'),
        fc.array(spanMinutes(40), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (s, spans, restarts) => {
          const { engine } = calendarsOf(s);
          const meter = new BusinessTimeMeter(engine);
          meter.startAt(s.t);
          let from = s.t;
          spans.forEach((span, i) => {
            // Sometimes start afresh at the end of the last span, as a clock does on a reset.
            if (restarts[i]) meter.startAt(from);
            const to = from + span * MINUTE;
            expect(meter.measureTo(to)).toBe(businessTimeBetween(engine, from, to));
            from = to;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
