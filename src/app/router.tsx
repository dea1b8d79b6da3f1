import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';
import { isObpError } from '@/api/errors';
import { getRuntimeConfig } from '@/config/current-config';
import { currentUserQueries } from '@/lib/current-user';
import { queryClient } from '@/lib/query-client';
import { isSignedIn, signOut } from '@/lib/session';
import { RouteError } from './route-error';
import { signInUrl, type SignInReason } from './return-to';

const currentPath = () => `${window.location.pathname}${window.location.search}`;

/** Every signed-in route: no token, or a token OBP no longer accepts, sends the user to sign in and back here. */
async function requireSession({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const here = `${url.pathname}${url.search}`;
  if (!isSignedIn()) throw redirect(signInUrl(here));
  try {
    await queryClient.ensureQueryData(currentUserQueries.detail());
  } catch (error) {
    if (isObpError(error) && error.isUnauthenticated) {
      signOut();
      throw redirect(signInUrl(here, 'expired'));
    }
    throw error;
  }
  return null;
}

async function defaultBank() {
  const config = getRuntimeConfig();
  if (config.defaultBankId) return config.defaultBankId;
  const user = await queryClient.ensureQueryData(currentUserQueries.detail());
  return user.entitlements.list.find((entitlement) => entitlement.bank_id)?.bank_id ?? 'gh.29.uk';
}

const tab = (name: string, load: () => Promise<Record<string, unknown>>) => ({ path: name, lazy: load });

export const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('./routes/sign-in-route'), ErrorBoundary: RouteError },
  {
    id: 'signed-in',
    path: '/',
    loader: requireSession,
    lazy: () => import('./routes/shell-route'),
    ErrorBoundary: RouteError,
    children: [
      { index: true, loader: async () => redirect(`/banks/${encodeURIComponent(await defaultBank())}/customers`) },
      {
        ErrorBoundary: RouteError,
        children: [
          { path: 'banks/:bankId/customers', lazy: () => import('./routes/customer-search-route') },
          {
            path: 'banks/:bankId/customers/:customerId',
            lazy: () => import('./routes/customer-record-route'),
            children: [
              { index: true, loader: () => redirect('identity') },
              tab('identity', () => import('./routes/tabs/identity-tab-route')),
              tab('addresses', () => import('./routes/tabs/addresses-tab-route')),
              tab('kyc', () => import('./routes/tabs/kyc-tab-route')),
              tab('tax', () => import('./routes/tabs/tax-tab-route')),
              tab('social-media', () => import('./routes/tabs/social-media-tab-route')),
              tab('credit', () => import('./routes/tabs/credit-tab-route')),
              tab('attributes', () => import('./routes/tabs/attributes-tab-route')),
              tab('timeline', () => import('./routes/tabs/timeline-tab-route')),
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found-route') },
        ],
      },
    ],
  },
]);

/** The session ended (401 / invalid token / idle): forget everything and ask to sign in, coming back here after. */
export function expireSession(reason: SignInReason): void {
  const here = currentPath();
  signOut();
  if (!window.location.pathname.startsWith('/sign-in')) void router.navigate(signInUrl(here, reason));
}
