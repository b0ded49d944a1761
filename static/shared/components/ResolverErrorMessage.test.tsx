import { render, screen } from '@testing-library/react';
import { ResolverCallError } from '../api';
import { ResolverErrorMessage } from './ResolverErrorMessage';

describe('ResolverErrorMessage', () => {
  it('titles a resolver failure by its code and lists the fields of an invalid one', () => {
    render(
      <ResolverErrorMessage
        what="the list"
        error={
          new ResolverCallError({
            code: 'invalid',
            message: 'The request has errors.',
            errors: [{ path: '$.pageToken', message: 'must be the token of the previous page' }],
          })
        }
      />,
    );
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'The request was not accepted' })).toBeTruthy();
    expect(alert.textContent).toContain('$.pageToken: must be the token of the previous page');
  });

  it('says Jira is busy, and when to try again', () => {
    render(
      <ResolverErrorMessage
        what="the list"
        error={new ResolverCallError({ code: 'busy', message: 'Jira is busy; try again in 30 s.' })}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Jira is busy' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('try again in 30 s.');
  });

  it('says what could not be loaded for any other error', () => {
    render(<ResolverErrorMessage what="the list" error={new Error('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toBe('!Could not load the listFailed to fetch');
  });
});
