import { readFollowUpRecord } from './followUpRecord';

describe('reading a follow-up record', () => {
  it('reads a complete record, the note trimmed and optional', () => {
    expect(
      readFollowUpRecord({
        feedbackId: 'f-1',
        customerContacted: true,
        outcome: 'resolved',
        note: ' Called. ',
      }),
    ).toEqual({
      request: { feedbackId: 'f-1', customerContacted: true, outcome: 'resolved', note: 'Called.' },
    });
    expect(
      readFollowUpRecord({ feedbackId: 'f-1', customerContacted: false, outcome: 'noResponse' }),
    ).toMatchObject({ request: { note: '' } });
  });

  it('names every wrong field', () => {
    const read = readFollowUpRecord({
      feedbackId: '',
      customerContacted: 'yes',
      outcome: 'happy',
      note: 'x'.repeat(4001),
      extra: 1,
    });
    expect('errors' in read && read.errors.map((e) => e.path)).toEqual([
      '$.extra',
      '$.feedbackId',
      '$.customerContacted',
      '$.outcome',
      '$.note',
    ]);
    expect(readFollowUpRecord(null)).toEqual({
      errors: [{ path: '$', message: 'must be an object, not null' }],
    });
  });

  it('refuses "could not reach" for a customer who was reached', () => {
    const read = readFollowUpRecord({
      feedbackId: 'f',
      customerContacted: true,
      outcome: 'noResponse',
    });
    expect('errors' in read && read.errors).toEqual([
      { path: '$.outcome', message: 'cannot be noResponse when the customer was contacted' },
    ]);
  });
});
