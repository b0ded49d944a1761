import type { ActionModel } from '../contract/types';
import {
  customerNextStep,
  ourNextStepText,
  RATE,
  REPLY,
  REPLY_TO_RESTART,
} from './customerNextStep';

describe('customerNextStep', () => {
  const open = { waitingForYou: false, clockPausedForYou: false, resolved: false, canRate: false };

  it('asks for a reply while the request waits for the customer', () => {
    expect(customerNextStep({ ...open, waitingForYou: true, clockPausedForYou: true })).toBe(
      REPLY_TO_RESTART,
    );
    // No promised clock is held: replying restarts nothing, so the words do not say it does.
    expect(customerNextStep({ ...open, waitingForYou: true })).toBe(REPLY);
  });

  it('asks for a rating once resolved, until given', () => {
    expect(customerNextStep({ ...open, resolved: true, canRate: true })).toBe(RATE);
    expect(customerNextStep({ ...open, resolved: true, canRate: false })).toBeNull();
    expect(customerNextStep({ ...open, resolved: true, canRate: true, waitingForYou: true })).toBe(
      RATE,
    );
  });

  it('asks nothing otherwise', () => {
    expect(customerNextStep(open)).toBeNull();
  });
});

describe('ourNextStepText', () => {
  const model = (over: Partial<ActionModel>): ActionModel => ({
    id: 'm',
    name: 'M',
    start: [{ on: 'created' }],
    ...over,
  });

  it('says what stops or restarts the clock', () => {
    expect(ourNextStepText(model({ stop: [{ on: 'commentByAgent' }] }))).toBe(
      'We will respond to you',
    );
    expect(ourNextStepText(model({ stop: [{ on: 'resolutionSet' }] }))).toBe(
      'We will resolve your request',
    );
    expect(
      ourNextStepText(
        model({ stop: [{ on: 'resolutionSet' }], reset: [{ on: 'commentByAgent' }] }),
      ),
    ).toBe('We will update you');
    expect(ourNextStepText(model({ stop: [{ on: 'assigneeChanged' }] }))).toBe(
      'We will work on your request',
    );
    expect(ourNextStepText(undefined)).toBe('We will work on your request');
  });
});
