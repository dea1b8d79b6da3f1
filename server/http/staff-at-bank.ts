import { notStaffAtBank } from '../errors/meeting-error-messages';
import { forbidden } from '../errors/obp-error';
import type { Repositories } from '../repositories/repositories';
import type { UserRecord } from '../repositories/user-repository';

/**
 * Stricter than OBP for a bank's meetings and CRM events: the user must hold at least one role at the bank, or one
 * granted at any bank (bank_id ""). Kept out of the operations table on purpose: that table lists the roles of which
 * one is needed, and "any role here" is not such a list — the console's gating stays "login only" for these rows.
 */
export function createStaffAtBankGuard(repositories: Repositories) {
  return (user: UserRecord, bankId: string): void => {
    const isStaff = repositories.users.entitlements(user.userId).some((entitlement) => entitlement.bankId === bankId || entitlement.bankId === '');
    if (!isStaff) throw forbidden(notStaffAtBank(bankId));
  };
}
