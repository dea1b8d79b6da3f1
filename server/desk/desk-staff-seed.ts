import { randomUUID } from 'node:crypto';
import { DESK_ROLES, type DeskRole } from '@/api/schemas/desk-operations';
import type { SandboxDatabase } from '../database/sandbox-database';
import { PASSWORD_COST, hashPassword, type PasswordCost } from '../security/passwords';
import { createDeskStaffRepository } from './desk-staff-repository';

/** The development staff of Customer Desk on the OpenWealth / bankingservice.ai backends (README: "Desk staff"). */
export const DESK_STAFF: ReadonlyArray<{ username: string; displayName: string; roles: readonly DeskRole[] }> = [
  { username: 'desk-admin', displayName: 'Desk administrator', roles: DESK_ROLES },
  {
    username: 'desk-manager',
    displayName: 'Relationship manager',
    roles: ['DeskReadCustomers', 'DeskWriteAddresses', 'DeskAddContactDetails', 'DeskCreateCustomers', 'DeskUpdateCustomers'],
  },
  { username: 'desk-kyc', displayName: 'KYC officer', roles: ['DeskReadCustomers', 'DeskReadKycRecord'] },
  { username: 'desk-viewer', displayName: 'Read-only assistant', roles: ['DeskReadCustomers'] },
];

/**
 * Creates the development staff when Customer Desk has none yet (a new database, or one made before issue 9). Each
 * user gets a salt of their own. Only called when the console runs on a non-OBP backend, so OBP-only starts and the
 * sandbox's tests pay no scrypt work for it.
 */
export function seedDeskStaff(database: SandboxDatabase, password: string, now: () => number = Date.now, passwordCost: PasswordCost = PASSWORD_COST): number {
  const staff = createDeskStaffRepository(database);
  if (staff.count() > 0) return 0;
  const createdAt = new Date(now()).toISOString();
  const hashed = DESK_STAFF.map((member) => ({ ...member, userId: randomUUID(), passwordHash: hashPassword(password, passwordCost) }));
  database.transaction(() => {
    for (const member of hashed) staff.create(member, createdAt);
  })();
  return hashed.length;
}
