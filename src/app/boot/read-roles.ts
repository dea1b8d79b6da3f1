// Relative imports: vite.config.ts imports this module too (to build the table into the boot script), outside `@/`.
import { OPERATIONS, type OperationId } from '../../api/schemas/operations';
import { ROLES, type RoleName } from '../../api/schemas/roles';

/** The reads a record tab makes only when the user holds a role for them (`record-preloads.ts` starts the same). */
export type GatedRead = Extract<
  OperationId,
  'getKycStatuses' | 'getKycChecks' | 'getKycDocuments' | 'getKycMedia' | 'getCustomerAddresses' | 'getTaxResidences' | 'getSocialMediaHandles'
>;

/** One role that allows a read, and where OBP looks for it: at the bank, or with bank_id "" for an any-bank role. */
export type ReadRole = readonly [role: RoleName, scope: 'any' | 'bank'];
export type ReadRoles = Readonly<Record<GatedRead, readonly ReadRole[]>>;

const rolesOf = (operation: GatedRead): ReadRole[] => OPERATIONS[operation].map((role: RoleName): ReadRole => [role, ROLES[role]]);

/**
 * The roles of each gated read, from the one table of operations and roles. The boot script's build replaces this
 * module by the computed table (`vite.config.ts`, `bootScript`), so it does not carry every operation and role.
 */
export const READ_ROLES: ReadRoles = {
  getKycStatuses: rolesOf('getKycStatuses'),
  getKycChecks: rolesOf('getKycChecks'),
  getKycDocuments: rolesOf('getKycDocuments'),
  getKycMedia: rolesOf('getKycMedia'),
  getCustomerAddresses: rolesOf('getCustomerAddresses'),
  getTaxResidences: rolesOf('getTaxResidences'),
  getSocialMediaHandles: rolesOf('getSocialMediaHandles'),
};
