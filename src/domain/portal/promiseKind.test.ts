import type { ActionModel, EventRule } from '../contract/types';
import { promiseKind } from './promiseKind';

const model = (over: Partial<ActionModel>): ActionModel => ({
  id: 'm',
  name: 'M',
  start: [{ on: 'created' }],
  ...over,
});
const rules = (...kinds: EventRule['on'][]): EventRule[] => kinds.map((on) => ({ on }));

describe('promiseKind', () => {
  it.each<[string, ActionModel | undefined, string]>([
    ['stopped by an agent’s reply', model({ stop: rules('commentByAgent') }), 'response'],
    // The order of the stop rules does not matter: a reply stops it, so it is a response.
    [
      'stopped by resolution or reply',
      model({ stop: rules('resolutionSet', 'commentByAgent') }),
      'response',
    ],
    [
      'stopped by reply or resolution',
      model({ stop: rules('commentByAgent', 'resolutionSet') }),
      'response',
    ],
    ['stopped by resolution', model({ stop: rules('resolutionSet') }), 'resolution'],
    [
      'started over by each reply',
      model({ stop: rules('resolutionSet'), reset: rules('commentByAgent') }),
      'update',
    ],
    ['stopped by something else', model({ stop: rules('assigneeChanged') }), 'other'],
    [
      'started by a status, as the reports count it',
      model({
        start: [{ on: 'statusEntered', status: 'Escalated' }],
        stop: rules('commentByAgent'),
      }),
      'other',
    ],
    ['unknown', undefined, 'other'],
  ])('%s', (_what, actionModel, expected) => {
    expect(promiseKind(actionModel)).toBe(expected);
  });
});
