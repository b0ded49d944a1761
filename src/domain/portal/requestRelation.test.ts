import { mayRateRequest, speaksForRequestCustomer, type RequestViewer } from './requestRelation';

const mette: RequestViewer = { accountId: 'mette', customerIds: ['schultz'], isCustomer: true };
const ingrid: RequestViewer = { accountId: 'ingrid', customerIds: ['fjellheim'], isCustomer: true };
const agent: RequestViewer = { accountId: 'agent', customerIds: [], isCustomer: false };

describe('speaksForRequestCustomer', () => {
  it('is true for a contact of the request’s customer only', () => {
    const request = { reporterId: 'mette', customer: 'schultz' };
    expect(speaksForRequestCustomer(mette, request)).toBe(true);
    // A participant from another organisation, or staff, sees the request but not the contract.
    expect(speaksForRequestCustomer(ingrid, request)).toBe(false);
    expect(speaksForRequestCustomer(agent, request)).toBe(false);
    // Reporting a request does not make it the reporter's organisation's.
    expect(speaksForRequestCustomer(mette, { reporterId: 'mette', customer: 'fjellheim' })).toBe(
      false,
    );
    expect(speaksForRequestCustomer(mette, { reporterId: 'mette', customer: null })).toBe(false);
    expect(speaksForRequestCustomer(mette, { reporterId: 'mette' })).toBe(false);
  });
});

describe('mayRateRequest', () => {
  it.each([
    ['the reporter', mette, { reporterId: 'mette', customer: 'schultz' }, true],
    [
      'the reporter of another customer’s request',
      mette,
      { reporterId: 'mette', customer: 'fjellheim' },
      true,
    ],
    [
      'a contact of the customer who did not report it',
      mette,
      { reporterId: 'ole', customer: 'schultz' },
      true,
    ],
    [
      'a participant from another organisation',
      ingrid,
      { reporterId: 'mette', customer: 'schultz' },
      false,
    ],
    [
      'a participant when the request names no customer',
      ingrid,
      { reporterId: 'mette', customer: null },
      false,
    ],
    ['staff, even as reporter', agent, { reporterId: 'agent', customer: 'schultz' }, false],
    [
      'anyone, when Jira shows no reporter',
      ingrid,
      { reporterId: null, customer: 'schultz' },
      false,
    ],
  ])('%s', (_who, viewer, request, expected) => {
    expect(mayRateRequest(viewer, request)).toBe(expected);
  });
});
