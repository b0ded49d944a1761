import fc from 'fast-check';
import { NO_SCALE } from '../quality/feedback';
import { DEFAULT_QUALITY_SETTINGS } from '../quality/qualitySettings';
import { flagCauses } from '../quality/flagFeedback';
import { checkCustomerRelationship, orderersWithContact } from './customerRelationship';
import { checkRelationshipSettings, isComplaintType } from './relationshipSettings';

const person = fc.record({
  name: fc.constantFrom('Mette', 'Jonas Holm', 'Ingrid Bakke'),
  email: fc.constantFrom('a@b.example', 'mette@schultz.example'),
  accountId: fc.option(fc.constantFrom('acc-1', '5b10ac8d82e05b22cc7d4ef5')),
});

describe('a customer relationship', () => {
  it('keeps what a valid form sends, counting orderers with a named contact', () => {
    fc.assert(
      fc.property(
        fc.option(person),
        fc.array(fc.record({ p: person, ourContact: fc.option(fc.constant('acc-2')) }), {
          maxLength: 5,
        }),
        fc.option(fc.constant('acc-3')),
        (customerRole, orderers, accountManager) => {
          const input = {
            customerRole,
            orderers: orderers.map((o) => ({ ...o.p, ourContact: o.ourContact })),
            accountManager,
          };
          const checked = checkCustomerRelationship(input);
          expect(checked).toEqual({ ok: true, value: input });
          if (checked.ok) {
            expect(orderersWithContact(checked.value)).toBe(
              orderers.filter((o) => o.ourContact).length,
            );
          }
        },
      ),
    );
  });

  it('names every wrong field by its path', () => {
    const checked = checkCustomerRelationship(
      {
        customerRole: 'Mette',
        orderers: [{ name: 'x', email: 'x@y.example' }, 7],
        accountManager: 5,
        extra: 1,
      },
      '$.relationship',
    );
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.map((e) => e.path)).toEqual([
      '$.relationship.extra',
      '$.relationship.customerRole',
      '$.relationship.accountManager',
      '$.relationship.orderers[1]',
    ]);
    expect(checkCustomerRelationship([])).toMatchObject({ ok: false, errors: [{ path: '$' }] });
  });
});

describe('complaints', () => {
  it('are always flagged, with the complaint cause, whatever the rules', () => {
    expect(
      flagCauses(
        { scale: NO_SCALE, score: 0, reason: 'complaint' },
        DEFAULT_QUALITY_SETTINGS.rules,
      ),
    ).toEqual([{ kind: 'complaint' }]);
  });

  it('are issues of a configured type, by name, case aside', () => {
    const settings = { complaintIssueTypes: ['Complaint'] };
    expect(isComplaintType(settings, 'complaint')).toBe(true);
    expect(isComplaintType(settings, 'Incident')).toBe(false);
    expect(isComplaintType({ complaintIssueTypes: [] }, 'Complaint')).toBe(false);
  });

  it('settings refuse duplicates, blanks and unknown fields with their paths', () => {
    const meetingActions = { projectKey: 'QM', issueType: 'Task' };
    expect(
      checkRelationshipSettings({ complaintIssueTypes: [' Complaint '], meetingActions }),
    ).toEqual({
      ok: true,
      value: { complaintIssueTypes: ['Complaint'], meetingActions },
    });
    const bad = checkRelationshipSettings({
      complaintIssueTypes: ['A', 'a', 3],
      other: 1,
      meetingActions: { projectKey: 'qm', issueType: '' },
    });
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual([
      '$.other',
      '$.complaintIssueTypes[1]',
      '$.complaintIssueTypes[2]',
      '$.meetingActions.projectKey',
      '$.meetingActions.issueType',
    ]);
    expect(checkRelationshipSettings({ complaintIssueTypes: 'Complaint' }).ok).toBe(false);
  });
});
