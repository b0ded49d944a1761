import type { ActionModel } from '../contract/types';
import { ON_HOLD, pausedReason, waitingOn } from './pauseReasonWords';

const resolution: ActionModel = {
  id: 'resolution',
  name: 'Resolution clock',
  start: [{ on: 'created' }],
  pause: [
    { on: 'fieldChanged', field: 'Parked' },
    { whileStatus: ['Waiting for customer', 'Waiting for vendor', 'On hold', 'Pending'] },
  ],
  stop: [{ on: 'resolutionSet' }],
};

describe('waitingOn', () => {
  it.each([
    ['Waiting for customer', 'you'],
    ['Waiting for your reply', 'you'],
    ['waiting for CUSTOMER', 'you'],
    ['Awaiting requester', 'you'],
    ['Pending reporter', 'you'],
    ['Customer action required', 'you'],
    ['Needs info from client', 'you'],
    ['Waiting on customer’s vendor', 'you'],
    ['Waiting for vendor', 'thirdParty'],
    ['Awaiting supplier', 'thirdParty'],
    ['Pending third-party', 'thirdParty'],
    ['Waiting for 3rd party', 'thirdParty'],
    ['Waiting for external partner', 'thirdParty'],
    ['Waiting for support', 'other'],
    ['Pending', 'other'],
    ['On hold', 'other'],
    ['Customer', 'other'],
    ['Vendor escalation', 'other'],
    ['In Progress', 'other'],
    ['Customerservice waiting', 'other'],
    // A party word the waiting words do not govern is not awaited.
    ['Customer input received', 'other'],
    ['Customer responded', 'other'],
    ['Customer reply', 'other'],
    ['Customer waiting', 'other'],
    ['Waiting for support after customer reply', 'other'],
    ['Waiting for L2 engineering', 'other'],
    ['Escalated to vendor', 'other'],
    ['Vendor input received', 'other'],
    ['Information received from customer', 'other'],
    // Governed, before or (passive) after the party.
    ['Waiting for a reply from the customer', 'you'],
    ['Pending customer approval', 'you'],
    ['Customer’s input needed', 'you'],
    ['Customer response pending', 'you'],
    ['Awaiting customer feedback', 'you'],
    ['Vendor response pending', 'thirdParty'],
    ['Waiting for vendor or customer', 'you'],
    ['Awaiting third party', 'thirdParty'],
  ])('%s waits for %s', (status, expected) => {
    expect(waitingOn(status)).toBe(expected);
  });
});

describe('pausedReason', () => {
  it('says whom the request waits for when a whileStatus rule names the status', () => {
    expect(pausedReason(resolution, 'Waiting for customer')).toBe('waiting for your reply');
    expect(pausedReason(resolution, 'Waiting for vendor')).toBe('waiting for a third party');
  });

  it('never says a status that names no one awaited: status names are internal', () => {
    const model: ActionModel = {
      ...resolution,
      pause: [
        {
          whileStatus: [
            'On hold',
            'Pending',
            'Waiting for L2 engineering',
            'Customer input received',
          ],
        },
      ],
    };
    for (const status of [
      'On hold',
      'Pending',
      'Waiting for L2 engineering',
      'Customer input received',
    ]) {
      expect(pausedReason(model, status)).toBe(ON_HOLD);
    }
  });

  it('matches statuses exactly, as the evaluator does: a pause no status explains is on hold', () => {
    // The clock is held by the event rule here: "waiting for customer" (lower case) is not a
    // status the model names, so the words must not claim the customer holds it up.
    expect(pausedReason(resolution, 'waiting for customer')).toBe(ON_HOLD);
    expect(pausedReason(resolution, 'In Progress')).toBe(ON_HOLD);
    expect(pausedReason(undefined, 'Waiting for customer')).toBe(ON_HOLD);
  });
});
