import { OPERATIONS, type OperationId } from '@/api/schemas/operations';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import { notStaffAtBank } from '../errors/meeting-error-messages';
import { forbidden } from '../errors/obp-error';
import type { Repositories } from '../repositories/repositories';
import type { UserRecord } from '../repositories/user-repository';

/**
 * Stricter than OBP for a bank's meetings and CRM events: the user must hold a role at the bank, or a role granted at
 * any bank that is one of the roles of the operation being done (OPERATIONS). An unrelated any-bank role (a KYC
 * officer's CanGetAnyKycChecks) does not make its holder staff of every bank. Kept out of the operations table on
 * purpose: that table lists the roles of which one is needed, and "any role here" is not such a list — the console's
 * gating stays "login only" for these rows.
 */
export function createStaffAtBankGuard(repositories: Repositories) {
  return (user: UserRecord, bankId: string, operation: OperationId): void => {
    const operationRoles: readonly RoleName[] = OPERATIONS[operation];
    const isStaff = repositories.users
      .entitlements(user.userId)
      .some(
        (entitlement) =>
          entitlement.bankId === bankId ||
          (entitlement.bankId === '' && ROLES[entitlement.roleName as RoleName] === 'any' && operationRoles.includes(entitlement.roleName as RoleName)),
      );
    if (!isStaff) throw forbidden(notStaffAtBank(bankId, operationRoles.filter((role) => ROLES[role] === 'any')));
  };
}
