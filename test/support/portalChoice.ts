import { PORTAL_CHOICE_FORMAT, type PortalChoice } from '../../src/resolvers/portalViews';

/**
 * A choice the create panel may submit on the example contract: Schultz's non-production
 * agreement, its UAT environment, priority 2.
 */
export const SCHULTZ_UAT_CHOICE: PortalChoice = {
  format: PORTAL_CHOICE_FORMAT,
  customer: 'schultz',
  agreement: 'schultz-nonprod',
  environment: 'schultz-uat',
  priority: '2',
};
