import { getToken, rememberedRoles, rememberRoles } from '@/api/session-token';
import { startEarlyRequests } from './early-requests';
import { READ_ROLES } from './read-roles';

/*
 * The start-up script: index.html loads it before the console's entry chunk (`bootScript` in vite.config.ts builds it
 * on its own, self-contained, a few kB), so a cold load's API requests leave as soon as `config.json` has arrived
 * (see `early-requests.ts`). In development there is no such script and the console asks for everything itself.
 */
void startEarlyRequests({
  pathname: window.location.pathname,
  token: getToken(),
  remembered: rememberedRoles(),
  remember: rememberRoles,
  readRoles: READ_ROLES,
});
