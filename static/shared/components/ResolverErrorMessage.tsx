import { ResolverCallError } from '../api';
import { SectionMessage } from './SectionMessage';

const TITLES: Record<string, string> = {
  forbidden: 'You do not have access',
  notFound: 'Not found',
  invalid: 'The request was not accepted',
  conflict: 'Someone else changed this',
  storage: 'Storage refused the change',
  busy: 'Jira is busy',
  failed: 'Something went wrong',
};

/**
 * What went wrong when a resolver call failed, as an error section message: the resolver's own
 * message, and for `invalid` every field it is about. Any other error (the network, the bridge)
 * gets a generic title with its message.
 */
export function ResolverErrorMessage({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ResolverCallError) {
    const { code, message, errors } = error.failure;
    return (
      <SectionMessage appearance="error" title={TITLES[code] ?? TITLES.failed}>
        <p>{message}</p>
        {errors && errors.length > 0 && (
          <ul>
            {errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        )}
      </SectionMessage>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <SectionMessage appearance="error" title={`Could not load ${what}`}>
      <p>{message || 'Try again in a moment.'}</p>
    </SectionMessage>
  );
}
