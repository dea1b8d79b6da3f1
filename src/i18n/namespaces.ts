/**
 * The locale namespaces the first screens need (sign-in, the shell, customer search, the record's header). They load
 * with the console; every other namespace loads with the first route that is not one of those, so adding a tab never
 * grows the initial download.
 */
export const INITIAL_NAMESPACES = ['common', 'auth', 'shell', 'errors', 'permissions', 'search', 'customer', 'record'] as const;
