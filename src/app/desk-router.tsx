import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { lazyRoute, RequireSession, route } from './router';

/**
 * The console on an OpenWealth (bLink) or bankingservice.ai backend (issue 9): staff sign in to Customer Desk itself,
 * and the screens are those the backend's connector can back. Loaded only when `/config.json` names such a backend,
 * so the OBP console's bundle does not carry it.
 */
const SignInRoute = lazyRoute(route(() => import('./routes/desk/desk-sign-in-route')));
const ShellRoute = lazyRoute(route(() => import('./routes/desk/desk-shell-route')));
const ListRoute = lazyRoute(route(() => import('./routes/desk/desk-customer-list-route')));
const CreateRoute = lazyRoute(route(() => import('./routes/desk/desk-create-customer-route')));
const RecordRoute = lazyRoute(route(() => import('./routes/desk/desk-record-route')));
const NotFoundRoute = lazyRoute(route(() => import('./routes/not-found-route')));
const TABS = {
  identity: lazyRoute(route(() => import('./routes/desk/desk-identity-route'))),
  addresses: lazyRoute(route(() => import('./routes/desk/desk-addresses-route'))),
  persons: lazyRoute(route(() => import('./routes/desk/desk-persons-route'))),
  kyc: lazyRoute(route(() => import('./routes/desk/desk-kyc-route'))),
  edit: lazyRoute(route(() => import('./routes/desk/desk-edit-customer-route'))),
};

export function DeskRouter() {
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
          <Route index element={<Navigate replace to="/customers" />} />
          <Route path="customers" element={<ListRoute />} />
          <Route path="customers/new" element={<CreateRoute />} />
          <Route path="customers/:customerId" element={<RecordRoute />}>
            <Route index element={<Navigate replace to="identity" />} />
            {Object.entries(TABS).map(([path, Tab]) => (
              <Route key={path} path={path} element={<Tab />} />
            ))}
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
