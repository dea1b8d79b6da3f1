import { describe, expect, it } from 'vitest';
import { earlyReadsFor, mayRead } from './early-reads';
import { READ_ROLES } from './read-roles';

const C = 'c8824373-761f-41f7-95b7-acff5c186c6e';

describe('earlyReadsFor: what a cold load of a URL reads before the console has loaded', () => {
  it('reads a record’s customer, and on the KYC tab its four lists, each gated by its role', () => {
    expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}/kyc`)).toEqual({
      reads: [`/banks/gh.29.uk/customers/${C}`],
      gated: [
        { operation: 'getKycStatuses', path: `/customers/${C}/kyc_statuses` },
        { operation: 'getKycChecks', path: `/customers/${C}/kyc_checks` },
        { operation: 'getKycDocuments', path: `/customers/${C}/kyc_documents` },
        { operation: 'getKycMedia', path: `/customers/${C}/kyc_media` },
      ],
      bankId: 'gh.29.uk',
    });
  });

  it('reads the list of the addresses, tax and social media tabs at the bank; nothing gated on the others', () => {
    expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}/addresses`)?.gated).toEqual([
      { operation: 'getCustomerAddresses', path: `/banks/gh.29.uk/customers/${C}/addresses` },
    ]);
    expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}/tax`)?.gated).toEqual([
      { operation: 'getTaxResidences', path: `/banks/gh.29.uk/customers/${C}/tax-residences` },
    ]);
    expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}/social-media`)?.gated).toEqual([
      { operation: 'getSocialMediaHandles', path: `/banks/gh.29.uk/customers/${C}/social_media_handles` },
    ]);
    for (const tab of ['', '/', '/identity', '/credit', '/timeline']) {
      expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}${tab}`), tab).toEqual({ reads: [`/banks/gh.29.uk/customers/${C}`], gated: [], bankId: 'gh.29.uk' });
    }
  });

  it('encodes ids as the resources do: decoded from the URL, each one path segment', () => {
    expect(earlyReadsFor('/banks/my%20bank/customers/a%3Fb/tax')).toEqual({
      reads: ['/banks/my%20bank/customers/a%3Fb'],
      gated: [{ operation: 'getTaxResidences', path: '/banks/my%20bank/customers/a%3Fb/tax-residences' }],
      bankId: 'my bank',
    });
  });

  it('reads no record where the URL shows none: search, the new-customer form, an unknown tab, other pages', () => {
    const none = { reads: [], gated: [], bankId: 'gh.29.uk' };
    expect(earlyReadsFor('/banks/gh.29.uk/customers')).toEqual(none);
    expect(earlyReadsFor('/banks/gh.29.uk/customers/new')).toEqual(none);
    expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}/no-such-tab`)).toEqual(none);
    expect(earlyReadsFor(`/banks/gh.29.uk/customers/${C}/kyc/more`)).toEqual(none);
    expect(earlyReadsFor('/banks/gh.29.uk/meetings')).toEqual(none);
    expect(earlyReadsFor('/')).toEqual({ reads: [], gated: [], bankId: undefined });
    expect(earlyReadsFor('/banks/%E0%A4%A/customers/x')).toEqual({ reads: [], gated: [], bankId: undefined });
  });

  it('reads nothing for the sign-in page', () => {
    expect(earlyReadsFor('/sign-in')).toBeUndefined();
  });
});

describe('mayRead: a role held where OBP looks for it', () => {
  it('takes an any-bank role only with bank_id "", a bank role only at the bank', () => {
    expect(mayRead([['CanGetAnyKycChecks', '']], READ_ROLES.getKycChecks, 'gh.29.uk')).toBe(true);
    expect(mayRead([['CanGetAnyKycChecks', 'gh.29.uk']], READ_ROLES.getKycChecks, 'gh.29.uk')).toBe(false);
    expect(mayRead([['CanGetAnyKycChecks', '']], READ_ROLES.getKycMedia, 'gh.29.uk')).toBe(false);
    expect(mayRead([['CanGetTaxResidence', 'gh.29.uk']], READ_ROLES.getTaxResidences, 'gh.29.uk')).toBe(true);
    expect(mayRead([['CanGetTaxResidence', 'other.bank']], READ_ROLES.getTaxResidences, 'gh.29.uk')).toBe(false);
    expect(mayRead([['CanGetTaxResidence', 'gh.29.uk']], READ_ROLES.getTaxResidences, undefined)).toBe(false);
    expect(mayRead([], [], 'gh.29.uk')).toBe(true);
  });

  it('has the roles of the one table of operations', () => {
    expect(READ_ROLES.getKycStatuses).toEqual([['CanGetAnyKycStatuses', 'any']]);
    expect(READ_ROLES.getCustomerAddresses).toEqual([['CanGetCustomerAddress', 'bank']]);
  });
});
