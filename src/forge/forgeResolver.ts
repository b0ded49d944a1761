import Resolver from '@forge/resolver';
import type { ResolverDefinitions } from '../resolvers/resolverKit';
import { forgeResolverContext } from './forgeContext';

interface ForgeRequestContext {
  readonly accountId?: string;
  readonly extension?: { readonly issue?: { readonly key?: string } };
}

/** Registers a module's resolver functions with Forge's `Resolver`, with the caller's context. */
export function forgeResolver(definitions: ResolverDefinitions) {
  const resolver = new Resolver();
  for (const [name, fn] of Object.entries(definitions)) {
    resolver.define(name, ({ payload, context }) => {
      const forgeContext = context as ForgeRequestContext;
      return fn(
        payload,
        {
          accountId: forgeContext.accountId ?? '',
          ...(forgeContext.extension?.issue?.key && { issueKey: forgeContext.extension.issue.key }),
        },
        forgeResolverContext(),
      );
    });
  }
  return resolver.getDefinitions();
}
