import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { CreatePanel } from './CreatePanel';
import { portalModuleOf, type PortalModule } from './portalModules';
import { ProfilePanel } from './ProfilePanel';
import { RequestDetail } from './RequestDetail';
import './Portal.css';

type Route =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly module: PortalModule | null };

/**
 * The app in the customer portal: one resource for three modules, told apart by the module type
 * in Forge's context: the create property panel, the request detail and the profile panel.
 * Each view asks its own resolver; the portal, request and viewer come from Forge's context on
 * the server, never from the frame.
 */
export function App() {
  const [route, setRoute] = useState<Route>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    view.getContext().then(
      (context) =>
        current &&
        setRoute({
          status: 'ready',
          module: portalModuleOf((context.extension as { type?: unknown }).type),
        }),
      (error: unknown) => current && setRoute({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (route.status === 'loading') return <Spinner label="Loading…" />;
  if (route.status === 'failed') {
    return <ResolverErrorMessage error={route.error} what="this part of the portal" />;
  }
  if (route.module === 'create') return <CreatePanel />;
  if (route.module === 'request') return <RequestDetail />;
  if (route.module === 'profile') return <ProfilePanel />;
  return (
    <SectionMessage appearance="warning" title="Nothing to show here">
      <p>This app has nothing to show on this page of the portal.</p>
    </SectionMessage>
  );
}
