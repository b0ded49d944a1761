import type { ActionModel } from '../contract/types';
import {
  customerNextStep,
  ourNextStepText,
  RATE,
  REPLY,
  REPLY_TO_RESTART,
  replyRestartsClock,
} from './customerNextStep';

const model = (over: Partial<ActionModel>): ActionModel => ({
  id: 'm',
  name: 'M',
  start: [{ on: 'created' }],
  ...over,
});

describe('customerNextStep', () => {
  const open = { waitingForYou: false, replyRestartsClock: false, resolved: false, canRate: false };

  it('asks for a reply while the request waits for the customer', () => {
    expect(customerNextStep({ ...open, waitingForYou: true, replyRestartsClock: true })).toBe(
      REPLY_TO_RESTART,
    );
    // Their reply restarts no promised clock: the words do not say it does.
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

describe('replyRestartsClock', () => {
  const WAITING = 'Waiting for customer';
  const byStatus = model({
    pause: [{ whileStatus: [WAITING] }],
    resume: [{ on: 'commentByCustomer' }],
    stop: [{ on: 'resolutionSet' }],
  });
  const byEvent = model({
    pause: [{ on: 'statusEntered', status: WAITING }],
    resume: [{ on: 'commentByCustomer' }],
    stop: [{ on: 'resolutionSet' }],
  });

  it('is true when a resume rule fires on a customer comment and lifts an event pause', () => {
    expect(replyRestartsClock(byEvent, 'paused', WAITING)).toBe(true);
    // A resume rule narrowed to another status does not fire now.
    const narrowed = model({ ...byEvent, resume: [{ on: 'commentByCustomer', status: 'Open' }] });
    expect(replyRestartsClock(narrowed, 'paused', WAITING)).toBe(false);
  });

  it('is false while a whileStatus pause holds: only leaving the status lifts it', () => {
    expect(replyRestartsClock(byStatus, 'paused', WAITING)).toBe(false);
    const noResume = model({
      pause: [{ whileStatus: [WAITING] }],
      stop: [{ on: 'resolutionSet' }],
    });
    expect(replyRestartsClock(noResume, 'paused', WAITING)).toBe(false);
  });

  it('is true for a stopped clock a customer comment starts again, never for a running one', () => {
    const response = model({
      start: [{ on: 'created' }, { on: 'commentByCustomer' }],
      stop: [{ on: 'commentByAgent' }],
    });
    expect(replyRestartsClock(response, 'met', WAITING)).toBe(true);
    expect(replyRestartsClock(response, 'missed', WAITING)).toBe(true);
    expect(replyRestartsClock(response, 'running', WAITING)).toBe(false);
    expect(replyRestartsClock(byEvent, 'met', WAITING)).toBe(false);
    expect(replyRestartsClock(undefined, 'paused', WAITING)).toBe(false);
  });
});

describe('ourNextStepText', () => {
  it('says what the goal promises', () => {
    expect(ourNextStepText(model({ stop: [{ on: 'commentByAgent' }] }))).toBe(
      'We will respond to you',
    );
    // Resolving without a reply stops it too: it is still a response clock, whatever the order.
    expect(
      ourNextStepText(model({ stop: [{ on: 'resolutionSet' }, { on: 'commentByAgent' }] })),
    ).toBe('We will respond to you');
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
