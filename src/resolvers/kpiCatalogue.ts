import type { ResolverDefinitions } from './resolverKit';

/** Being built (#14). */
export const kpiCatalogueResolvers: ResolverDefinitions = {};
