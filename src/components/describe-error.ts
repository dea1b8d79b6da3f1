import { isObpError, missingRolesOf } from '@/api/errors';
import type { Translate } from '@/i18n/i18n-context';

/** One sentence for the user: what went wrong, in their language, with OBP's own message where it says more. */
export function describeError(error: unknown, t: Translate): string {
  if (!isObpError(error)) return t('errors.unexpected');
  if (error.isNetworkFailure) return t('errors.network');
  if (error.code === 'SCHEMA') return t('errors.schema', { detail: error.message });
  if (error.isMissingRole) {
    const { roles, bankId } = missingRolesOf(error.message);
    // A message that names no role (e.g. the sandbox's "staff of this bank" rule) is clearest as OBP wrote it.
    if (roles.length === 0) return error.message;
    const roleList = roles.join(t('errors.roleSeparator'));
    return bankId ? t('errors.missingRoleAtBank', { roles: roleList, bank: bankId }) : t('errors.missingRole', { roles: roleList });
  }
  if (error.isUnauthenticated) return t('errors.sessionExpired');
  if (error.isNotServed) return t('errors.notServed');
  if (error.status >= 500) return t('errors.server', { message: error.message });
  return error.message;
}
