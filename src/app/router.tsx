import { QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Loading } from '@/components/loading';
import { getRuntimeConfig } from '@/config/current-config';
import { requireAllMessages } from '@/i18n/i18n-context';
import { currentUserQueries } from '@/api/resources/users';
import { isSignedIn, signOut, takeSessionEndReason, useSignedIn } from '@/lib/session';
import { RouteError } from './route-error';
import { signInUrl, type SignInReason } from './return-to';

/**
 * Routes are declared with React Router's declarative API (15 kB gzip, against 34 kB for its data router) and each
 * route module loads lazily. What a data router's loader would do, React Query does: a route's component reads its
 * `queryOptions` with suspense, so the data starts loading as the route renders, and one error boundary per route
 * (and per tab) keeps a failure inside it.
 */
type RouteModule = { Component: ComponentType; ErrorBoundary?: ComponentType<RouteErrorProps> };
export type RouteErrorProps = { error: unknown; retry: () => void };

type BoundaryProps = { resetKey: string; onReset: () => void; fallback: ComponentType<RouteErrorProps>; children: ReactNode };
type BoundaryState = { error: unknown; resetKey: string; failed: boolean };

class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, resetKey: this.props.resetKey, failed: false };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    // Going somewhere else clears the error: the next page deserves its own chance.
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, failed: false, error: undefined } : null;
  }

  retry = () => {
    this.props.onReset();
    this.setState({ failed: false, error: undefined });
  };

  override render() {
    const Fallback = this.props.fallback;
    return this.state.failed ? <Fallback error={this.state.error} retry={this.retry} /> : this.props.children;
  }
}

/** A route's error boundary: resets when the location changes or the user asks to try again. */
export function RouteBoundary({ children, fallback = RouteError }: { children: ReactNode; fallback?: ComponentType<RouteErrorProps> }) {
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <RouteErrorBoundary resetKey={location.pathname + location.search} onReset={reset} fallback={fallback}>
          {children}
        </RouteErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/** `withAllMessages`: routes beyond the first screens also wait for the rest of the locale namespaces. */
export function lazyRoute(load: () => Promise<RouteModule>, withAllMessages = true) {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), withAllMessages ? requireAllMessages() : undefined]);
    return { default: module.Component };
  });
  const Fallback = lazy(async () => ({ default: (await load()).ErrorBoundary ?? RouteError }));
  const FallbackWithSuspense = (props: RouteErrorProps) => (
    <Suspense fallback={<Loading />}>
      <Fallback {...props} />
    </Suspense>
  );
  return function LazyRoute() {
    return (
      <RouteBoundary fallback={FallbackWithSuspense}>
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </RouteBoundary>
    );
  };
}

/** Every signed-in route: without a session, sign in first and come back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) return <Navigate replace to={signInUrl(location.pathname + location.search, takeSessionEndReason())} />;
  return children;
}

function DefaultBank() {
  const configured = getRuntimeConfig().defaultBankId;
  const user = useQuery({ ...currentUserQueries.detail(), enabled: !configured });
  const bankId = configured ?? user.data?.entitlements.list.find((entitlement) => entitlement.bank_id)?.bank_id;
  if (!bankId) return user.isError ? <Navigate replace to="/banks/gh.29.uk/customers" /> : <Loading />;
  return <Navigate replace to={`/banks/${encodeURIComponent(bankId)}/customers`} />;
}

const SignInRoute = lazyRoute(() => import('./routes/sign-in-route'), false);
const ShellRoute = lazyRoute(() => import('./routes/shell-route'), false);
const SearchRoute = lazyRoute(() => import('./routes/customer-search-route'), false);
const RecordRoute = lazyRoute(() => import('./routes/customer-record-route'));
const CreateCustomerRoute = lazyRoute(() => import('./routes/create-customer-route'));
const NotFoundRoute = lazyRoute(() => import('./routes/not-found-route'));
const MeetingsRoute = lazyRoute(() => import('./routes/meetings-route'));
const CrmEventsRoute = lazyRoute(() => import('./routes/crm-events-route'));
const TABS = {
  identity: lazyRoute(() => import('./routes/tabs/identity-tab-route')),
  addresses: lazyRoute(() => import('./routes/tabs/addresses-tab-route')),
  kyc: lazyRoute(() => import('./routes/tabs/kyc-tab-route')),
  tax: lazyRoute(() => import('./routes/tabs/tax-tab-route')),
  'social-media': lazyRoute(() => import('./routes/tabs/social-media-tab-route')),
  credit: lazyRoute(() => import('./routes/tabs/credit-tab-route')),
  attributes: lazyRoute(() => import('./routes/tabs/attributes-tab-route')),
  timeline: lazyRoute(() => import('./routes/tabs/timeline-tab-route')),
  activity: lazyRoute(() => import('./routes/tabs/activity-tab-route')),
};

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/sign-in" element={<SignInRoute />} />
        <Route
          path="/"
          element={
            <RequireSession>
              <ShellRoute />
            </RequireSession>
          }
        >
          <Route index element={<DefaultBank />} />
          <Route path="banks/:bankId/customers" element={<SearchRoute />} />
          <Route path="banks/:bankId/customers/new" element={<CreateCustomerRoute />} />
          <Route path="banks/:bankId/customers/:customerId" element={<RecordRoute />}>
            <Route index element={<Navigate replace to="identity" />} />
            {Object.entries(TABS).map(([path, Tab]) => (
              <Route key={path} path={path} element={<Tab />} />
            ))}
          </Route>
          <Route path="banks/:bankId/meetings" element={<MeetingsRoute />} />
          <Route path="banks/:bankId/meetings/new" element={<MeetingsRoute />} />
          <Route path="banks/:bankId/meetings/:meetingId" element={<MeetingsRoute />} />
          <Route path="banks/:bankId/crm-events" element={<CrmEventsRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

/** The session ended (401 / invalid token / idle): forget everything; the route guard asks to sign in and says why. */
export function expireSession(reason: SignInReason): void {
  if (isSignedIn()) signOut(reason);
}
