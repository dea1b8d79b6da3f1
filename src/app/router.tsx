import { QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { Component, lazy, Suspense, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, matchRoutes, Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { Loading } from '@/components/loading';
import { getRuntimeConfig } from '@/config/current-config';
import { requireAllMessages } from '@/i18n/i18n-context';
import { currentUserQueries } from '@/api/resources/users';
import { isSignedIn, signOut, takeSessionEndReason, useSignedIn } from '@/lib/session';
import { RouteError } from './route-error';
import { lazyPreload, preloadShell, type RoutePreload } from './route-preloads';
import { signInUrl, type SignInReason } from './return-to';

/**
 * Routes are declared with React Router's declarative API (15 kB gzip, against 34 kB for its data router) and each
 * route module loads lazily. What a data router's loader would do, a route's preload does (`preloadRoute`, below):
 * it puts the route's queries into React Query while the chunks load; the component reads the same `queryOptions`
 * with suspense, and one error boundary per route (and per tab) keeps a failure inside it.
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

/**
 * A lazily loaded route: its module, whether it needs the locale namespaces beyond the initial ones, and what it reads
 * (see `route-preloads.ts`). `preloadRoute` starts all three for a location at once — at start-up for the first URL
 * and on every navigation — so a record tab's chunk, its messages and its data load side by side instead of one after
 * the other (the shell, then the record once its customer has arrived, then the tab).
 */
type RouteDefinition = { load: () => Promise<RouteModule>; allMessages: boolean; preload?: RoutePreload };

export const route = (load: () => Promise<RouteModule>, options: { allMessages?: boolean; preload?: RoutePreload } = {}): RouteDefinition => ({
  load,
  allMessages: options.allMessages ?? true,
  preload: options.preload,
});

/** A lazily rendered route (also the desk routes', issue 9). */
export function lazyRoute({ load, allMessages }: RouteDefinition) {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), allMessages ? requireAllMessages() : undefined]);
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
  const bankId = configured ?? user.data?.entitlements.find((entitlement) => entitlement.bankId)?.bankId;
  if (!bankId) return user.isError ? <Navigate replace to="/banks/gh.29.uk/customers" /> : <Loading />;
  return <Navigate replace to={`/banks/${encodeURIComponent(bankId)}`} />;
}

/** The record's and its tabs' preloads: one small chunk, loaded when a record URL is matched (`record-preloads.ts`). */
const recordPreloads = () => import('./record-preloads');

const ROUTES = {
  signIn: route(() => import('./routes/sign-in-route'), { allMessages: false }),
  shell: route(() => import('./routes/shell-route'), { allMessages: false, preload: preloadShell }),
  search: route(() => import('./routes/customer-search-route'), { allMessages: false }),
  record: route(() => import('./routes/customer-record-route'), { preload: lazyPreload(recordPreloads, (module) => module.preloadRecord) }),
  createCustomer: route(() => import('./routes/create-customer-route')),
  notFound: route(() => import('./routes/not-found-route')),
  meetings: route(() => import('./routes/meetings-route')),
  crmEvents: route(() => import('./routes/crm-events-route')),
  home: route(() => import('./routes/home-route')),
};
const TABS = {
  identity: route(() => import('./routes/tabs/identity-tab-route')),
  addresses: route(() => import('./routes/tabs/addresses-tab-route'), { preload: lazyPreload(recordPreloads, (module) => module.preloadAddressesTab) }),
  kyc: route(() => import('./routes/tabs/kyc-tab-route'), { preload: lazyPreload(recordPreloads, (module) => module.preloadKycTab) }),
  tax: route(() => import('./routes/tabs/tax-tab-route'), { preload: lazyPreload(recordPreloads, (module) => module.preloadTaxTab) }),
  'social-media': route(() => import('./routes/tabs/social-media-tab-route'), { preload: lazyPreload(recordPreloads, (module) => module.preloadSocialMediaTab) }),
  credit: route(() => import('./routes/tabs/credit-tab-route')),
  attributes: route(() => import('./routes/tabs/attributes-tab-route')),
  timeline: route(() => import('./routes/tabs/timeline-tab-route')),
  activity: route(() => import('./routes/tabs/activity-tab-route')),
};

type RouteHandle = { definition: RouteDefinition };
const lazyComponents = new Map<RouteDefinition, ComponentType>();
/** One component per definition: the three meetings paths render the same one, so moving between them keeps it mounted. */
const lazyElement = (definition: RouteDefinition) => {
  let LazyRoute = lazyComponents.get(definition);
  if (!LazyRoute) {
    LazyRoute = lazyRoute(definition);
    lazyComponents.set(definition, LazyRoute);
  }
  return { element: <LazyRoute />, handle: { definition } satisfies RouteHandle };
};

/** The one route table: rendered by `useRoutes`, matched by `preloadRoute`. */
const routeTable: RouteObject[] = [
  { path: '/sign-in', ...lazyElement(ROUTES.signIn) },
  {
    path: '/',
    element: <RequireSession>{lazyElement(ROUTES.shell).element}</RequireSession>,
    handle: { definition: ROUTES.shell } satisfies RouteHandle,
    children: [
      { index: true, element: <DefaultBank /> },
      { path: 'banks/:bankId', ...lazyElement(ROUTES.home) },
      { path: 'banks/:bankId/customers', ...lazyElement(ROUTES.search) },
      { path: 'banks/:bankId/customers/new', ...lazyElement(ROUTES.createCustomer) },
      {
        path: 'banks/:bankId/customers/:customerId',
        ...lazyElement(ROUTES.record),
        children: [
          { index: true, element: <Navigate replace to="identity" /> },
          ...Object.entries(TABS).map(([path, definition]) => ({ path, ...lazyElement(definition) })),
        ],
      },
      { path: 'banks/:bankId/meetings', ...lazyElement(ROUTES.meetings) },
      { path: 'banks/:bankId/meetings/new', ...lazyElement(ROUTES.meetings) },
      { path: 'banks/:bankId/meetings/:meetingId', ...lazyElement(ROUTES.meetings) },
      { path: 'banks/:bankId/crm-events', ...lazyElement(ROUTES.crmEvents) },
      { path: '*', ...lazyElement(ROUTES.notFound) },
    ],
  },
];

/** The lazy routes that will show `pathname`: without a session, only sign-in (every other route redirects there). */
const definitionsFor = (pathname: string) => {
  const signedIn = isSignedIn();
  return (matchRoutes(routeTable, pathname) ?? []).flatMap((match) => {
    const handle = match.route.handle as RouteHandle | undefined;
    if (!handle || (!signedIn && handle.definition !== ROUTES.signIn)) return [];
    return [{ definition: handle.definition, params: match.params }];
  });
};

/** Whether the routes showing `pathname` need the locale namespaces beyond the initial ones (start-up loads them with the rest). */
export const needsAllMessages = (pathname: string): boolean => definitionsFor(pathname).some(({ definition }) => definition.allMessages);

/**
 * Starts loading what the routes showing `pathname` need: every matched route's chunk (Vite's preload helper adds a
 * `modulepreload` for each chunk it imports), with `data` their queries too. The chunks are the modules `React.lazy`
 * imports later, so nothing loads twice.
 */
export function preloadRoute(pathname: string, { chunks = true, data = true, messages = true } = {}): void {
  for (const { definition, params } of definitionsFor(pathname)) {
    if (chunks) void definition.load().catch(() => undefined);
    if (messages && definition.allMessages) void requireAllMessages().catch(() => undefined);
    if (data) definition.preload?.(params);
  }
}

/** On every navigation, the next route's chunks and data start together (a nested tab no longer waits for its parent). */
function PreloadOnNavigation() {
  const { pathname } = useLocation();
  useLayoutEffect(() => preloadRoute(pathname), [pathname]);
  return null;
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <PreloadOnNavigation />
      <AppRoutes />
    </BrowserRouter>
  );
}

function AppRoutes() {
  return useRoutes(routeTable);
}

/** The session ended (401 / invalid token / idle): forget everything; the route guard asks to sign in and says why. */
export function expireSession(reason: SignInReason): void {
  if (isSignedIn()) signOut(reason);
}
