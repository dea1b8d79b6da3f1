import { isObpError, missingRolesOf } from '@/api/errors';
import type { Translate } from '@/i18n/i18n-context';

/**
 * A failure in people's words. `summary` says what happened and what to do; `detail` keeps OBP's code and message for
 * whoever needs them (shown under "details", never as the lead); `retryable` is false where trying again cannot help
 * (a refusal, a missing role, something that does not exist).
 */
export type ErrorExplanation = { summary: string; detail?: { code: string; message: string }; retryable: boolean };

/** OBP codes whose plain meaning the console knows, whatever the call (their messages sit under "codes" in the errors namespace). */
const KNOWN_CODES: Record<string, string> = {
  'OBP-30001': 'bankNotFound',
  'OBP-30002': 'customerNotFound',
  'OBP-30046': 'customerNotFound',
  'OBP-30113': 'customerNotFound',
  'OBP-30006': 'customerNumberTaken',
  'OBP-30007': 'alreadyLinked',
  'OBP-30008': 'linkNotFound',
  'OBP-20057': 'userNotFound',
  'OBP-30069': 'attributeNotFound',
  'OBP-30104': 'meetingNotFound',
  'OBP-10001': 'invalidInput',
  'OBP-10020': 'invalidInput',
  'OBP-10026': 'invalidDate',
  'OBP-20013': 'locked',
  'OBP-20004': 'badCredentials',
  'OBP-30214': 'roleAlreadyRequested',
};

/** OBP's connector failure wraps the real reason ("<- OBP-30310: …"); the inner code says more than 50200. */
function innerCode(message: string): string | undefined {
  return /<-\s*(OBP-\d{5})/.exec(message)?.[1];
}

const INNER_CODES: Record<string, string> = {
  'OBP-30300': 'taxResidenceNotFound',
  'OBP-30310': 'addressNotFound',
};

export function explainError(error: unknown, t: Translate): ErrorExplanation {
  if (!isObpError(error)) return { summary: t('errors.unexpected'), retryable: true };
  const detail = error.code.startsWith('OBP-') || error.code === 'HTTP' ? { code: error.code, message: error.message } : undefined;
  if (error.isNetworkFailure) return { summary: t('errors.network'), retryable: true };
  if (error.code === 'SCHEMA') return { summary: t('errors.schemaPlain'), detail: { code: 'SCHEMA', message: error.message }, retryable: false };
  if (error.isMissingRole) {
    const { roles, bankId } = missingRolesOf(error.message);
    const roleList = roles.join(t('errors.roleSeparator'));
    const summary =
      roles.length === 0
        ? t('errors.notAllowed')
        : bankId
          ? t('errors.missingRoleAtBank', { roles: roleList, bank: bankId })
          : t('errors.missingRole', { roles: roleList });
    return { summary, detail, retryable: false };
  }
  if (error.isUnauthenticated) return { summary: t('errors.sessionExpired'), detail, retryable: false };
  if (error.isNotServed) return { summary: t('errors.notServed'), detail, retryable: false };
  const known = KNOWN_CODES[error.code] ?? INNER_CODES[innerCode(error.message) ?? ''];
  const retryable = error.status >= 500 || error.status === 408 || error.status === 429;
  if (known) return { summary: t(`errors.codes.${known}`), detail, retryable: false };
  if (error.code === 'OBP-50200') return { summary: t('errors.connector'), detail, retryable: false };
  if (error.status === 403) return { summary: t('errors.notAllowed'), detail, retryable: false };
  if (error.status === 404) return { summary: t('errors.notFoundPlain'), detail, retryable: false };
  if (error.status === 409) return { summary: t('errors.conflict'), detail, retryable: false };
  if (error.status >= 500) return { summary: t('errors.serverPlain'), detail, retryable };
  return { summary: t('errors.refused'), detail, retryable };
}

/** One sentence for the user: what went wrong, in their language (OBP's code and message go under "details"). */
export function describeError(error: unknown, t: Translate): string {
  return explainError(error, t).summary;
}

/** Whether offering "Try again" can help: not after a refusal, a missing role or something that is not there. */
export function isRetryable(error: unknown): boolean {
  if (!isObpError(error)) return true;
  if (error.isNetworkFailure) return true;
  return error.status >= 500 || error.status === 408 || error.status === 429;
}
