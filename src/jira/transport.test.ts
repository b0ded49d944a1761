import { querySearch } from './transport';

describe('querySearch', () => {
  it('repeats a list parameter, as Jira’s bulk reads take it, and encodes values', () => {
    expect(querySearch({ accountId: ['557058:a', 'b&c'], maxResults: '100' })).toBe(
      'accountId=557058%3Aa&accountId=b%26c&maxResults=100',
    );
  });

  it('writes a single value once, and nothing for an empty list', () => {
    expect(querySearch({ expand: 'groups', accountId: [] })).toBe('expand=groups');
  });
});
