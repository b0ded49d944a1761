/**
 * The portal modules this one Custom UI resource serves, by the `extension.type` of Forge's
 * context (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-detail/).
 */
export const PORTAL_MODULES = {
  create: 'jiraServiceManagement:portalRequestCreatePropertyPanel',
  request: 'jiraServiceManagement:portalRequestDetail',
  profile: 'jiraServiceManagement:portalProfilePanel',
} as const;

export type PortalModule = keyof typeof PORTAL_MODULES;

/** Which of the app's portal modules a context type is; null for any other. */
export function portalModuleOf(extensionType: unknown): PortalModule | null {
  const found = (Object.keys(PORTAL_MODULES) as PortalModule[]).find(
    (module) => PORTAL_MODULES[module] === extensionType,
  );
  return found ?? null;
}
