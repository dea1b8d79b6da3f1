import { describe, expect, it } from 'vitest';
import type { KycItemVersion } from '@/api/resources/kyc';
import { describeVersions, VERSIONED_FIELDS } from './kyc-versions';

const version = (itemId: string, number: number, username: string, fields: Record<string, unknown>): KycItemVersion => ({
  itemId,
  version: number,
  recordedAt: `2026-01-0${number}T10:00:00Z`,
  userId: `u-${username}`,
  username,
  // The fields a test compares; the item's other fields do not matter to describeVersions.
  value: fields as unknown as KycItemVersion['value'],
});

const failed = { satisfied: false, how: 'in person', date: '2026-01-01T09:00:00Z', staffName: 'Rajesh Patel', staffUserId: 'u-kyc', comments: 'No match.' };

describe('describeVersions', () => {
  it('tells each version newest first with the fields it changed from the one before, whatever order they came in', () => {
    const versions = [
      version('k-1', 2, 'admin', { ...failed, satisfied: true, staffName: 'Sam Okafor', staffUserId: 'u-admin' }),
      version('k-2', 1, 'kyc', failed),
      version('k-1', 1, 'kyc', failed),
      version('k-1', 3, 'admin', { ...failed, satisfied: true, staffName: 'Sam Okafor', staffUserId: 'u-admin' }),
    ];
    expect(describeVersions(versions, 'k-1', VERSIONED_FIELDS.check)).toEqual([
      { version: 3, recordedAt: '2026-01-03T10:00:00Z', userId: 'u-admin', username: 'admin', first: false, changes: [] },
      {
        version: 2,
        recordedAt: '2026-01-02T10:00:00Z',
        userId: 'u-admin',
        username: 'admin',
        first: false,
        changes: [
          { field: 'satisfied', before: false, after: true },
          { field: 'staffName', before: 'Rajesh Patel', after: 'Sam Okafor' },
          { field: 'staffUserId', before: 'u-kyc', after: 'u-admin' },
        ],
      },
      { version: 1, recordedAt: '2026-01-01T10:00:00Z', userId: 'u-kyc', username: 'kyc', first: true, changes: [] },
    ]);
  });

  it('compares only the fields of the kind, and has nothing for an unknown item', () => {
    const versions = [version('d-1', 1, 'kyc', { number: 'A', bank_id: 'x' }), version('d-1', 2, 'kyc', { number: 'B', bank_id: 'y' })];
    expect(describeVersions(versions, 'd-1', VERSIONED_FIELDS.document)[0]!.changes).toEqual([{ field: 'number', before: 'A', after: 'B' }]);
    expect(describeVersions(versions, 'd-2', VERSIONED_FIELDS.document)).toEqual([]);
  });
});
