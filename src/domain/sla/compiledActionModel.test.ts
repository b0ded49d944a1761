import type { ActionModel } from '../contract/types';
import { CompiledActionModel } from './compiledActionModel';
import { issueTimeline, KIND_BIT } from './issueTimeline';
import type { HistoryEntry } from './types';

const model: ActionModel = {
  id: 'm',
  name: 'Model',
  start: [{ on: 'created' }],
  pause: [
    { whileStatus: ['Waiting for customer'] },
    { on: 'statusEntered', status: 'On hold' },
    { whileStatus: ['Waiting for vendor', 'Waiting for customer'] },
  ],
  resume: [{ on: 'commentByCustomer' }],
  stop: [{ on: 'fieldChanged', field: 'Outcome' }, { on: 'statusEntered' }],
};

/** The single moment of a history whose entries all share one instant. */
const momentOf = (...history: HistoryEntry[]) => {
  const moments = issueTimeline(
    {
      key: 'T-1',
      issueType: 'Incident',
      priority: '1',
      status: 'Open',
      created: '2026-03-02T08:00:00.000Z',
      history,
    },
    Date.parse('2026-03-03T00:00:00Z'),
  );
  return moments[moments.length - 1]!;
};
const at = '2026-03-02T09:00:00.000Z';

describe('CompiledActionModel', () => {
  const compiled = CompiledActionModel.of(model);

  it('is compiled once per action model', () => {
    expect(CompiledActionModel.of(model)).toBe(compiled);
  });

  it('finds the first rule in the model order, then the first event it fires on', () => {
    const moment = momentOf(
      { at, type: 'status', from: 'Open', to: 'Done' },
      { at, type: 'field', field: 'Outcome', to: 'Fixed' },
    );
    const match = compiled.stop.match(moment);
    expect(match?.rule.name).toBe('stop[0]');
    expect(match?.event.kind).toBe('fieldChanged');
  });

  it('narrows rules by status and field, and names them by their place in the model', () => {
    expect(compiled.stop.match(momentOf({ at, type: 'field', field: 'Other', to: 1 }))).toBe(
      undefined,
    );
    const onHold = momentOf({ at, type: 'status', from: 'Open', to: 'On hold' });
    expect(compiled.pause.match(onHold)?.rule.name).toBe('pause[1]');
    const waiting = momentOf({ at, type: 'status', from: 'Open', to: 'Waiting for vendor' });
    expect(compiled.pause.match(waiting)).toBe(undefined);
  });

  it('looks up the first whileStatus rule that holds in a status', () => {
    expect(compiled.pausingRule('Waiting for customer')).toBe(0);
    expect(compiled.pausingRule('Waiting for vendor')).toBe(2);
    expect(compiled.pausingRule('Open')).toBe(-1);
  });

  it('knows which event kinds can change the clock', () => {
    const relevant = (kind: keyof typeof KIND_BIT) =>
      (compiled.relevantKinds & KIND_BIT[kind]) !== 0;
    expect(relevant('statusEntered')).toBe(true);
    expect(relevant('priorityChanged')).toBe(true);
    expect(relevant('commentByCustomer')).toBe(true);
    expect(relevant('commentByAgent')).toBe(false);
    expect(relevant('assigneeChanged')).toBe(false);
    const noStatusPause = CompiledActionModel.of({
      id: 'n',
      name: 'N',
      start: [{ on: 'created' }],
    });
    expect(noStatusPause.relevantKinds & KIND_BIT.statusEntered).toBe(0);
  });
});
