import { describe, expect, it } from 'vitest';
import { DESK_OPERATIONS, DESK_ROLES, deskRolesAllow, matchDeskOperation } from './desk-operations';

describe('the desk operation table', () => {
  it('finds the operation of a method and path, with its decoded parameters', () => {
    expect(matchDeskOperation('openwealth', 'get', '/persons/P%20001/contactdetails')).toMatchObject({ operationId: 'getContactDetailsByPersonId', params: { personId: 'P 001' } });
    expect(matchDeskOperation('openwealth', 'PUT', '/customers/5987953/addresses')?.operationId).toBe('putAddressByCustomerId');
    expect(matchDeskOperation('bankingservice', 'DELETE', '/v1/profiles/gh.29.uk/customers/abc')).toMatchObject({ operationId: 'deleteCustomer', params: { profileId: 'gh.29.uk', customerId: 'abc' } });
  });

  it('matches nothing outside the table: other methods, longer or shorter paths, empty or malformed segments', () => {
    expect(matchDeskOperation('openwealth', 'DELETE', '/customers/1')).toBeUndefined();
    expect(matchDeskOperation('openwealth', 'GET', '/customers/1/kyc/extra')).toBeUndefined();
    expect(matchDeskOperation('openwealth', 'GET', '/customers//kyc')).toBeUndefined();
    expect(matchDeskOperation('openwealth', 'GET', '/persons/%E0%A4%A')).toBeUndefined();
    expect(matchDeskOperation('bankingservice', 'GET', '/customers')).toBeUndefined();
  });

  it('names only known roles, and every write needs one', () => {
    for (const operations of Object.values(DESK_OPERATIONS)) {
      for (const operation of Object.values(operations)) {
        for (const role of operation.roles) expect(DESK_ROLES).toContain(role);
        if (operation.method !== 'GET') expect(operation.roles.length).toBeGreaterThan(0);
      }
    }
  });

  it('allows with any one of the roles, and with none listed', () => {
    expect(deskRolesAllow(['DeskReadCustomers'], ['DeskReadCustomers'])).toBe(true);
    expect(deskRolesAllow(['DeskReadCustomers'], ['DeskDeleteCustomers'])).toBe(false);
    expect(deskRolesAllow([], [])).toBe(true);
  });
});
