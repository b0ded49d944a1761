import { approvalDue, approverFor, coveringApproval, mayApprove } from './riskApproval';

const approval = (
  level: 'medium' | 'high' | 'very-high',
  body: 'board' | 'group-management',
  at = 1,
) => ({
  level,
  body,
  approvedBy: 'acc-admin',
  approvedAt: at,
});

describe('risk approvals', () => {
  it('are required by level: low none, medium and high the board, very high group management', () => {
    expect(approverFor('low')).toBe('none');
    expect(approverFor('medium')).toBe('board');
    expect(approverFor('high')).toBe('board');
    expect(approverFor('very-high')).toBe('group-management');
  });

  it('are due until given, and never for a low risk', () => {
    expect(approvalDue('low', [])).toBe(false);
    expect(approvalDue('medium', [])).toBe(true);
    expect(approvalDue('medium', [approval('medium', 'board')])).toBe(false);
  });

  it('are due again when the level is raised after the approval, not when it is lowered', () => {
    const approved = [approval('medium', 'board')];
    expect(approvalDue('high', approved)).toBe(true);
    expect(approvalDue('very-high', [approval('high', 'board')])).toBe(true);
    expect(approvalDue('medium', [approval('high', 'board')])).toBe(false);
    expect(approvalDue('high', [approval('very-high', 'group-management')])).toBe(false);
  });

  it('need the body the level requires, or a higher one', () => {
    expect(mayApprove('board', 'very-high')).toBe(false);
    expect(mayApprove('group-management', 'high')).toBe(true);
    expect(mayApprove('none', 'low')).toBe(false);
    expect(approvalDue('very-high', [approval('very-high', 'board')])).toBe(true);
  });

  it('answer the latest covering approval', () => {
    const latest = approval('high', 'board', 5);
    expect(coveringApproval('high', [approval('high', 'board', 2), latest])).toBe(latest);
  });
});
