import { describe, expect, it } from 'vitest';
import { neverAllowed, sortActions } from './gated-actions';
import type { Permission } from './permissions';

// As `usePermission` answers: a `Permission`, not narrowed to one of its cases.
const permission = (value: Permission): Permission => value;
const allowed = permission({ allowed: true });
const refused = permission({ allowed: false, missingRoles: ['CanUpdateCustomerEmail'], bankId: 'gh.29.uk' });
const loading = permission({ allowed: false, missingRoles: ['CanDeleteCustomerAddress'], bankId: 'gh.29.uk', pending: true });

describe('sorting a section’s actions', () => {
  it('tells a refusal by known roles from one while they load', () => {
    expect(neverAllowed(refused)).toBe(true);
    expect(neverAllowed(loading)).toBe(false);
    expect(neverAllowed(allowed)).toBe(false);
  });

  it('draws what is allowed or still loading, and lists only what the roles never allow, in the order given', () => {
    const sorted = sortActions({
      add: { label: 'Add', permission: allowed },
      edit: { label: 'Edit', permission: refused },
      remove: { label: 'Delete', permission: loading },
      rename: { label: 'Rename', permission: permission({ allowed: false, missingRoles: ['CanUpdateCustomerIdentity'], bankId: 'gh.29.uk' }) },
    });
    expect(sorted.shown).toEqual({ add: true, edit: false, remove: true, rename: false });
    expect(sorted.unavailable.map((action) => action.label)).toEqual(['Edit', 'Rename']);
  });

  it('neither draws nor lists an action not offered here', () => {
    const sorted = sortActions({ create: false, delete: { label: 'Delete', permission: refused } });
    expect(sorted.shown).toEqual({ create: false, delete: false });
    expect(sorted.unavailable.map((action) => action.label)).toEqual(['Delete']);
  });

  it('takes Customer Desk permissions too', () => {
    const sorted = sortActions({ create: { label: 'New customer', permission: { allowed: false, missingRoles: ['DeskCreateCustomers'] } } });
    expect(sorted.shown.create).toBe(false);
    expect(sorted.unavailable).toHaveLength(1);
  });
});
