import { EMPTY_CONTRACT } from '../../../../src/domain/contract/emptyContract';
import type { Contract } from '../../../../src/domain/contract/types';
import { draftReducer, type DraftState } from './useDraft';

const empty: Contract = EMPTY_CONTRACT;

describe('draftReducer', () => {
  const start: DraftState = { saved: empty, draft: empty, version: 1 };

  it('edits the draft by path and leaves the saved contract alone', () => {
    const added = draftReducer(start, {
      type: 'insert',
      path: ['calendars'],
      item: { id: 'c', timeZone: 'UTC', week: 'always' },
    });
    const renamed = draftReducer(added, {
      type: 'set',
      path: ['calendars', 0, 'name'],
      value: 'Around the clock',
    });
    expect(renamed.draft.calendars).toEqual([
      { id: 'c', timeZone: 'UTC', week: 'always', name: 'Around the clock' },
    ]);
    expect(renamed.saved).toBe(empty);
    const removed = draftReducer(renamed, { type: 'remove', path: ['calendars'], index: 0 });
    expect(removed.draft.calendars).toEqual([]);
    expect(draftReducer(renamed, { type: 'discard' }).draft).toBe(empty);
  });

  it('keeps the new version as the base after a save, and loads a fresh one', () => {
    const edited = draftReducer(start, { type: 'set', path: ['goals'], value: [] });
    const saved = draftReducer(edited, { type: 'saved', contract: edited.draft, version: 2 });
    expect(saved.version).toBe(2);
    expect(saved.saved).toBe(edited.draft);
    const loaded = draftReducer(saved, { type: 'load', contract: empty, version: 5 });
    expect(loaded).toEqual({ saved: empty, draft: empty, version: 5 });
  });
});
