import { NO_AUDIT_RESULTS, readAuditResults } from './auditResults';

const PERIOD = { from: '2025-01', to: '2025-12' };
const audit = {
  kind: 'external',
  title: 'ISO 9001 surveillance audit',
  heldOn: '2025-06-12',
  auditor: 'Bureau Veritas',
  majorFindings: 0,
  minorFindings: 2,
  observations: 3,
  summary: '  Two minor findings on document control.  ',
};

describe('audit results', () => {
  it('reads the audits and the conclusion, trimmed', () => {
    expect(
      readAuditResults({ audits: [audit], conclusion: 'The QMS is effective.' }, PERIOD),
    ).toEqual({
      auditResults: {
        audits: [{ ...audit, summary: 'Two minor findings on document control.' }],
        conclusion: 'The QMS is effective.',
      },
    });
  });

  it('takes none when none are given, and zero findings when left out', () => {
    expect(readAuditResults(undefined, PERIOD)).toEqual({ auditResults: NO_AUDIT_RESULTS });
    const { majorFindings: _m, minorFindings: _n, observations: _o, summary: _s, ...bare } = audit;
    expect(readAuditResults({ audits: [bare] }, PERIOD)).toMatchObject({
      auditResults: {
        audits: [{ majorFindings: 0, minorFindings: 0, observations: 0, summary: '' }],
      },
    });
  });

  it('names every problem by its path', () => {
    const read = readAuditResults(
      {
        audits: [
          audit,
          {
            kind: 'informal',
            title: ' ',
            heldOn: '2026-01-05',
            auditor: 'x'.repeat(201),
            majorFindings: -1,
            minorFindings: 1.5,
            observations: '3',
            colour: 'red',
          },
          'an audit',
        ],
        conclusion: 7,
        extra: true,
      },
      PERIOD,
    );
    expect(read).toEqual({
      errors: [
        { path: '$.auditResults.extra', message: 'is not a field of the audit results' },
        { path: '$.auditResults.conclusion', message: 'must be text, not a number' },
        { path: '$.auditResults.audits[1].colour', message: 'is not a field of an audit' },
        { path: '$.auditResults.audits[1].kind', message: 'must be one of internal, external' },
        { path: '$.auditResults.audits[1].title', message: 'is required' },
        { path: '$.auditResults.audits[1].auditor', message: 'must be at most 200 characters' },
        {
          path: '$.auditResults.audits[1].heldOn',
          message: "must be within the review's period, 2025-01 to 2025-12",
        },
        {
          path: '$.auditResults.audits[1].majorFindings',
          message: 'must be a whole number from 0 to 999',
        },
        {
          path: '$.auditResults.audits[1].minorFindings',
          message: 'must be a whole number from 0 to 999',
        },
        {
          path: '$.auditResults.audits[1].observations',
          message: 'must be a whole number from 0 to 999',
        },
        { path: '$.auditResults.audits[2]', message: 'must be an object, not a string' },
      ],
    });
  });

  it.each(['2025-02-30', '2025-6-1', 'yesterday'])('refuses the day %s', (heldOn) => {
    expect(readAuditResults({ audits: [{ ...audit, heldOn }] }, PERIOD)).toEqual({
      errors: [{ path: '$.auditResults.audits[0].heldOn', message: 'must be a day as YYYY-MM-DD' }],
    });
  });

  it('refuses more than 50 audits and a non-list', () => {
    expect(readAuditResults({ audits: Array(51).fill(audit) }, PERIOD)).toEqual({
      errors: [{ path: '$.auditResults.audits', message: 'must list at most 50 audits' }],
    });
    expect(readAuditResults({ audits: {} }, PERIOD)).toEqual({
      errors: [{ path: '$.auditResults.audits', message: 'must be a list, not an object' }],
    });
    expect(readAuditResults([], PERIOD)).toEqual({
      errors: [{ path: '$.auditResults', message: 'must be an object, not an array' }],
    });
  });
});
