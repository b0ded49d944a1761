import fc from 'fast-check';
import { checkCustomerMeeting, MAX_MEETING_ACTIONS } from './customerMeeting';

const VALID = {
  heldOn: '2026-03-02',
  attendees: [' Mette ', 'Lead'],
  minutes: 'Review',
  actions: [
    { kind: 'new', summary: ' Call back ', owner: 'acc-lead', dueDate: '2026-03-09' },
    { kind: 'existing', issueKey: 'SUP-12' },
  ],
};

describe('a customer meeting as the form sends it', () => {
  it('keeps a valid meeting, names trimmed', () => {
    expect(checkCustomerMeeting(VALID)).toEqual({
      ok: true,
      value: {
        ...VALID,
        attendees: ['Mette', 'Lead'],
        actions: [
          { kind: 'new', summary: 'Call back', owner: 'acc-lead', dueDate: '2026-03-09' },
          { kind: 'existing', issueKey: 'SUP-12' },
        ],
      },
    });
  });

  it('refuses impossible dates and malformed issue keys by their paths', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-02-30', '2026-13-01', '02-03-2026', '', 'soon'),
        fc.constantFrom('sup-12', 'SUP-0', 'SUP', '12', 'SUP-12-1'),
        (date, key) => {
          const checked = checkCustomerMeeting({
            ...VALID,
            heldOn: date,
            actions: [{ kind: 'existing', issueKey: key }],
          });
          expect(!checked.ok && checked.errors.map((e) => e.path)).toEqual([
            '$.heldOn',
            '$.actions[0].issueKey',
          ]);
        },
      ),
    );
  });

  it(`records at most ${MAX_MEETING_ACTIONS} actions`, () => {
    const many = Array.from({ length: MAX_MEETING_ACTIONS + 1 }, () => VALID.actions[1]);
    const checked = checkCustomerMeeting({ ...VALID, actions: many });
    expect(!checked.ok && checked.errors.map((e) => e.path)).toEqual(['$.actions']);
  });
});
