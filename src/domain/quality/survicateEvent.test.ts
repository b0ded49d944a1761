import { readSurvicateEvent as readWith, type SurvicateAttributeNames } from './survicateEvent';

/** The respondent attributes the admin named for the case and the customer. */
const NAMES: SurvicateAttributeNames = { issueKey: 'jira_issue_key', customer: 'customer' };
const readSurvicateEvent = (body: unknown, names: SurvicateAttributeNames = NAMES) =>
  readWith(body, names);

/** A `questionAnswered` event as Survicate documents it, with the parts a test changes. */
const event = (answered: Record<string, unknown> = {}, top: Record<string, unknown> = {}) => ({
  messageId: 'c0101a21572ca643fd9f9ad40a5a4650',
  deliveryTries: 0,
  event: {
    questionAnswered: {
      type: 'rating',
      responseUuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      survey: { id: 'b92b6ecae6dd7207', name: 'Satisfaction' },
      url: 'https://survey.survicate.com/43f2d5789346d6ad',
      timestamp: '2026-11-30T06:46:02+00:00',
      respondent: {
        id: '534759',
        uuid: '279cd4ab-8a07-4e9e-ac79-bcea32792bbc',
        attributes: { jira_issue_key: 'SUP-5', customer: 'acme' },
      },
      question: { id: 12123, body: 'How would you rate our customer service?' },
      choice: { id: 21573, body: '2', comment: 'Nobody called back' },
      ...answered,
    },
  },
  ...top,
});

describe('reading a Survicate event', () => {
  it('reads a rating answer on the 1–5 scale from choice.body, with the case and customer', () => {
    expect(readSurvicateEvent(event())).toEqual({
      kind: 'answer',
      answer: {
        messageId: 'c0101a21572ca643fd9f9ad40a5a4650',
        scale: 'csat',
        score: 2,
        comment: 'Nobody called back',
        issueKey: 'SUP-5',
        customer: 'acme',
        answeredAt: Date.parse('2026-11-30T06:46:02Z'),
        survey: { id: 'b92b6ecae6dd7207', name: 'Satisfaction' },
        question: { id: '12123', body: 'How would you rate our customer service?' },
      },
    });
  });

  it('reads an NPS answer on the 0–10 scale from choice.id, never from the body', () => {
    const reading = readSurvicateEvent(
      event({ type: 'nps', choice: { id: 6, body: 'detractor', comment: null } }),
    );
    expect(reading).toMatchObject({ kind: 'answer', answer: { scale: 'nps', score: 6 } });
    expect(
      readSurvicateEvent(event({ type: 'net_promoter_score', choice: { id: 0 } })),
    ).toMatchObject({ answer: { scale: 'nps', score: 0, comment: null } });
  });

  it('reads a smiley-scale answer as a 1–5 rating', () => {
    expect(
      readSurvicateEvent(event({ type: 'smiley_scale', choice: { id: 9, body: '5' } })),
    ).toMatchObject({ answer: { scale: 'csat', score: 5 } });
  });

  it('reads attributes sent as an array of name and value', () => {
    const reading = readSurvicateEvent(
      event({
        respondent: {
          attributes: [
            { name: 'ticket', value: 'OPS-77' },
            { name: 'org', value: 'Beta' },
          ],
        },
      }),
      { issueKey: 'ticket', customer: 'org' },
    );
    expect(reading).toMatchObject({ answer: { issueKey: 'OPS-77', customer: 'Beta' } });
  });

  it('answers without a case or customer when the respondent has no such attributes', () => {
    expect(readSurvicateEvent(event({ respondent: { id: '1', attributes: [] } }))).toMatchObject({
      answer: { issueKey: null, customer: null },
    });
  });

  it('refuses a rating whose body is no number with the path of choice.body (unscorable)', () => {
    expect(readSurvicateEvent(event({ choice: { id: 1, body: 'Great' } }))).toEqual({
      kind: 'unscorable',
      errors: [
        {
          path: '$.event.questionAnswered.choice.body',
          message: 'must be a whole number from 1 to 5 for a rating question, not "Great"',
        },
      ],
    });
    expect(readSurvicateEvent(event({ type: 'nps', choice: { id: 11 } }))).toMatchObject({
      kind: 'unscorable',
      errors: [{ path: '$.event.questionAnswered.choice.id' }],
    });
    expect(readSurvicateEvent(event({ choice: { body: '0' } }))).toMatchObject({
      kind: 'unscorable',
    });
  });

  it('names every wrong field with its JSON path', () => {
    const reading = readSurvicateEvent({
      messageId: '',
      deliveryTries: -1,
      event: {
        questionAnswered: {
          type: 'rating',
          timestamp: 'yesterday',
          survey: {},
          question: null,
          respondent: { attributes: { jira_issue_key: 'not a key' } },
          choice: { body: '3', comment: 7 },
        },
      },
    });
    expect(reading.kind).toBe('invalid');
    expect(reading.kind === 'invalid' && reading.errors.map((e) => e.path)).toEqual([
      '$.messageId',
      '$.deliveryTries',
      '$.event.questionAnswered.timestamp',
      '$.event.questionAnswered.survey.id',
      '$.event.questionAnswered.question',
      '$.event.questionAnswered.respondent.attributes.jira_issue_key',
      '$.event.questionAnswered.choice.comment',
    ]);
  });

  it('refuses what is no event at all', () => {
    expect(readSurvicateEvent([])).toEqual({
      kind: 'invalid',
      errors: [{ path: '$', message: 'must be a JSON object, not an array' }],
    });
    expect(readSurvicateEvent({ messageId: 'm' })).toMatchObject({
      kind: 'invalid',
      errors: [{ path: '$.event' }],
    });
  });

  it('ignores survey completions and questions without a score, saying why', () => {
    const completed = { messageId: 'm-2', deliveryTries: 0, event: { surveyCompleted: {} } };
    expect(readSurvicateEvent(completed)).toEqual({
      kind: 'ignored',
      messageId: 'm-2',
      reason: 'ignored: survey completions are not recorded; enable Question answered events',
    });
    expect(
      readSurvicateEvent(event({ type: 'text', choice: undefined, text: 'hello' })),
    ).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('no rating or NPS') });
  });
});
