import { invoke } from '@forge/bridge';
import type { ResolverFailure, ResolverResult } from '../../src/resolvers/views';

/** A resolver answered with an error; `errors` lists the fields it is about. */
export class ResolverCallError extends Error {
  constructor(readonly failure: ResolverFailure) {
    super(failure.message);
    this.name = 'ResolverCallError';
  }
}

/** Calls one of the app's resolvers and unwraps its `{ ok, data | error }` answer. */
export async function call<T>(
  functionKey: string,
  payload: Record<string, unknown> = {},
): Promise<T> {
  const result = (await invoke(functionKey, payload)) as ResolverResult<T>;
  if (!result.ok) throw new ResolverCallError(result.error);
  return result.data;
}
