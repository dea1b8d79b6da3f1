import { describe, expect, it } from 'vitest';
import type { KycStatus } from '@/api/wire/kyc';
import { kycTruthOf } from './kyc';

const status = (ok: boolean, date: string | undefined): KycStatus => ({ customerId: 'c-1', customerNumber: '1', ok, date });

describe('the one KYC status shown', () => {
  it('is the latest KYC status when there is one, whatever the customer flag says', () => {
    const statuses = [status(true, '2026-10-01T09:00:00Z'), status(false, '2026-11-03T09:00:00Z'), status(true, undefined)];
    expect(kycTruthOf(true, statuses)).toEqual({ source: 'latest-status', ok: false, date: '2026-11-03T09:00:00Z' });
  });

  it('is the customer flag, said to be the flag, when no status can be read or none was set', () => {
    expect(kycTruthOf(true, undefined)).toEqual({ source: 'customer-flag', ok: true });
    expect(kycTruthOf(false, [])).toEqual({ source: 'customer-flag', ok: false });
    expect(kycTruthOf(undefined, [])).toEqual({ source: 'customer-flag', ok: undefined });
  });
});
