import Resolver from '@forge/resolver';
import type {
  PortalAccountType,
  PortalCall,
  ResolverCall,
  ResolverDefinitions,
} from '../resolvers/resolverKit';
import { forgeResolverContext } from './forgeContext';

interface ForgeRequestContext {
  readonly accountId?: string;
  readonly accountType?: string;
  readonly extension?: {
    readonly issue?: { readonly key?: string };
    // JSM portal modules: `portal.id`, `request.typeId` and, on a request, `request.key`.
    readonly portal?: { readonly id?: number };
    readonly request?: { readonly key?: string; readonly typeId?: number };
  };
}

const ACCOUNT_TYPES: readonly PortalAccountType[] = [
  'licensed',
  'unlicensed',
  'customer',
  'anonymous',
];

/** The caller as the app's resolvers take it, from Forge's context. */
export function resolverCall(context: ForgeRequestContext): ResolverCall {
  const { extension } = context;
  const accountType = ACCOUNT_TYPES.find((t) => t === context.accountType);
  const portal: PortalCall | undefined =
    extension?.portal || extension?.request
      ? {
          ...(typeof extension.portal?.id === 'number' && { portalId: extension.portal.id }),
          ...(typeof extension.request?.typeId === 'number' && {
            requestTypeId: extension.request.typeId,
          }),
          ...(typeof extension.request?.key === 'string' && { requestKey: extension.request.key }),
        }
      : undefined;
  return {
    accountId: context.accountId ?? '',
    ...(extension?.issue?.key && { issueKey: extension.issue.key }),
    ...(accountType && { accountType }),
    ...(portal && { portal }),
  };
}

/** Registers a module's resolver functions with Forge's `Resolver`, with the caller's context. */
export function forgeResolver(definitions: ResolverDefinitions) {
  const resolver = new Resolver();
  for (const [name, fn] of Object.entries(definitions)) {
    resolver.define(name, ({ payload, context }) => {
      return fn(payload, resolverCall(context as ForgeRequestContext), forgeResolverContext());
    });
  }
  return resolver.getDefinitions();
}
