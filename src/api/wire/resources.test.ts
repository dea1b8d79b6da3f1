import { describe, expect, it } from 'vitest';
import { addressListWithUnreadableRow, ADDRESS_FIXTURES } from '@/api/fixtures/obp/addresses';
import { attributeListWithUnreadableRow } from '@/api/fixtures/obp/attributes';
import { CREDIT_LIMIT_REQUEST_LIST_FIXTURES, storedCreditLimitRequest } from '@/api/fixtures/obp/credit';
import { crmEventListWithUnreadableRow, importedCrmEvent } from '@/api/fixtures/obp/crm-events';
import {
  adapterNullsCheck,
  adapterNullsDocument,
  extraFieldsCheck,
  extraFieldsDocument,
  extraFieldsMedia,
  extraFieldsStatus,
  KYC_CHECK_VERSION_LIST_FIXTURES,
  KYC_MEDIA_VERSION_LIST_FIXTURES,
  kycCheckListWithUnreadableRow,
  kycCheckVersionListWithUnreadableRow,
  legacyNullsMedia,
} from '@/api/fixtures/obp/kyc';
import { adapterNullsMeeting, legacyNullsMeeting, meetingListWithUnreadableRow } from '@/api/fixtures/obp/meetings';
import { socialMediaListWithUnreadableRow } from '@/api/fixtures/obp/social-media';
import { adapterNullsTaxResidence, taxResidenceListWithUnreadableRow } from '@/api/fixtures/obp/tax-residences';
import { extraFieldsUser, nullNamesUser, staffUserWithoutViews } from '@/api/fixtures/obp/users';
import { tolerantAddress, tolerantAddressList } from './addresses';
import { tolerantCustomerAttributeList } from './attributes';
import { tolerantCreditLimitRequestList } from './credit';
import { tolerantCrmEvent, tolerantCrmEventList } from './crm-events';
import { tolerantKycCheck, tolerantKycCheckList, tolerantKycDocument, tolerantKycMedia, tolerantKycStatus, tolerantKycVersionLists } from './kyc';
import { tolerantMeeting, tolerantMeetingList } from './meetings';
import { tolerantSocialMediaHandleList } from './social-media';
import { tolerantTaxResidence, tolerantTaxResidenceList } from './tax-residences';
import { tolerantCurrentUser } from './users';

describe('one unreadable row never blanks a list', () => {
  it.each([
    ['addresses', tolerantAddressList, addressListWithUnreadableRow, ''],
    ['tax residences', tolerantTaxResidenceList, taxResidenceListWithUnreadableRow, ''],
    ['social media handles', tolerantSocialMediaHandleList, socialMediaListWithUnreadableRow, ''],
    ['attributes', tolerantCustomerAttributeList, attributeListWithUnreadableRow, ''],
    ['KYC checks', tolerantKycCheckList, kycCheckListWithUnreadableRow, ''],
    ['KYC check versions', tolerantKycVersionLists.check, { versions: kycCheckVersionListWithUnreadableRow.versions.slice(1) }, 'PlaceholderString'],
    ['meetings', tolerantMeetingList, meetingListWithUnreadableRow, ''],
    ['CRM events', tolerantCrmEventList, crmEventListWithUnreadableRow, ''],
  ] as const)('%s: the readable row stays, the other is kept with what was wrong', (_name, schema, body, id) => {
    const read = schema.parse(body);
    expect(read.rows).toHaveLength(1);
    expect(read.unreadable).toHaveLength(1);
    expect(read.unreadable[0]).toMatchObject({ unreadable: true, id });
    expect(read.unreadable[0]!.problem).not.toBe('');
  });

  it('names an unreadable row by its id when it has one', () => {
    const read = tolerantAddressList.parse({ addresses: [{ customer_address_id: 'a-9', tags: 42 }] });
    expect(read.unreadable).toEqual([{ unreadable: true, id: 'a-9', problem: expect.stringContaining('tags') }]);
  });
});

describe('addresses', () => {
  it('drops the empty tag OBP renders for "no tags", and reads tags sent as one joined string', () => {
    expect(tolerantAddress.parse(ADDRESS_FIXTURES.createdWithoutTags).tags).toEqual([]);
    expect(tolerantAddress.parse(ADDRESS_FIXTURES.extraFieldsAddress).tags).toEqual(['home', 'work']);
    expect(tolerantAddress.parse(ADDRESS_FIXTURES.adapterNullsAddress).tags).toEqual([]);
  });

  it('says "not recorded" for nulls: "" for text, undefined for the date; a numeric postcode is text', () => {
    const address = tolerantAddress.parse(ADDRESS_FIXTURES.adapterNullsAddress);
    expect(address).toMatchObject({ line2: '', state: '', status: '', customerId: '', postcode: '28013' });
    expect(address.insertDate).toBeUndefined();
    expect(tolerantAddress.parse(ADDRESS_FIXTURES.extraFieldsAddress).insertDate).toBe('2024-03-01T10:20:30Z');
    expect(tolerantAddress.parse(ADDRESS_FIXTURES.extraFieldsAddress)).not.toHaveProperty('address_type');
  });
});

describe('KYC', () => {
  it('keeps "not said" apart from "no": a null satisfied or ok is undefined', () => {
    expect(tolerantKycCheck.parse(adapterNullsCheck).satisfied).toBeUndefined();
    expect(tolerantKycCheck.parse(extraFieldsCheck).satisfied).toBe(false);
    expect(tolerantKycStatus.parse({ ok: null }).ok).toBeUndefined();
  });

  it('reads dates with milliseconds, with an offset or as a bare day as OBP’s form', () => {
    expect(tolerantKycCheck.parse(extraFieldsCheck).date).toBe('2023-03-03T03:03:03Z');
    expect(tolerantKycMedia.parse(extraFieldsMedia).date).toBe('2024-05-05T10:00:00Z');
    expect(tolerantKycStatus.parse(extraFieldsStatus).date).toBe('2024-06-30T00:00:00Z');
  });

  it('says "not recorded" for every null of documents and media — "" for text, undefined for dates — and drops newer fields', () => {
    expect(tolerantKycDocument.parse(adapterNullsDocument)).toEqual({
      bankId: '',
      customerId: '',
      customerNumber: '',
      id: 'doc-adapter-1',
      type: '',
      number: '998877',
      issueDate: undefined,
      issuePlace: '',
      expiryDate: undefined,
    });
    expect(tolerantKycMedia.parse(legacyNullsMedia)).toMatchObject({ url: '', relatesToKycDocumentId: '', relatesToKycCheckId: '' });
    expect(tolerantKycDocument.parse(extraFieldsDocument)).not.toHaveProperty('issuer_country');
    expect(tolerantKycMedia.parse(extraFieldsMedia)).not.toHaveProperty('mime_type');
    expect(tolerantKycCheck.parse(extraFieldsCheck)).not.toHaveProperty('risk_score');
  });

  it('reads the sandbox’s item versions with the same readers as OBP’s items: nulls, string numbers, any date form', () => {
    const read = tolerantKycVersionLists.check.parse(KYC_CHECK_VERSION_LIST_FIXTURES.variants);
    expect(read.unreadable).toEqual([]);
    expect(read.rows.map((version) => [version.itemId, version.version, version.recordedAt, version.userId])).toEqual([
      ['check-legacy-1', 1, '2016-01-01T00:00:00Z', ''],
      ['check-legacy-1', 2, '2024-01-01T09:30:00Z', 'u-kyc-officer'],
      ['check-extra-1', 1, undefined, 'u-kyc-officer'],
    ]);
    expect(read.rows[1]!.value).toMatchObject({ satisfied: undefined, how: '', staffName: '', date: undefined });
    expect(read.rows[2]!.value).not.toHaveProperty('risk_score');
    expect(tolerantKycVersionLists.media.parse(KYC_MEDIA_VERSION_LIST_FIXTURES.variants).rows[1]!.recordedAt).toBe('2024-05-05T10:00:00Z');
  });

  it('keeps a version it cannot read (no number, or an item without an id) as an unreadable version of its item', () => {
    const read = tolerantKycVersionLists.check.parse({
      versions: [...kycCheckVersionListWithUnreadableRow.versions, { id: 'check-9', version: null, kyc_check: extraFieldsCheck }],
    });
    expect(read.rows).toHaveLength(2);
    expect(read.unreadable.map((row) => row.id)).toEqual(['PlaceholderString', 'check-9']);
    expect(read.unreadable[0]!.problem).toContain('kyc_check.id');
    expect(read.unreadable[1]!.problem).toContain('version');
  });
});

describe('meetings, CRM events, tax residences', () => {
  it('fills what an adapter left out of a meeting and keeps its readable invitees', () => {
    const meeting = tolerantMeeting.parse(adapterNullsMeeting);
    expect(meeting).toMatchObject({ present: { staffUserId: '', customerUserId: '' }, creator: { name: '' }, invitees: [] });
    expect(meeting.when).toBeUndefined();
    expect(meeting).not.toHaveProperty('keys');
    expect(tolerantMeeting.parse(legacyNullsMeeting).invitees).toEqual([
      { contactDetails: { name: '', mobilePhone: '', emailAddress: 'x@example.com' }, status: '' },
    ]);
  });

  it('reads an imported CRM event without result or scheduled date', () => {
    const event = tolerantCrmEvent.parse(importedCrmEvent);
    expect(event.result).toBe('');
    expect(event.scheduledDate).toBeUndefined();
    expect(event.actualDate).toBe('2016-02-05T13:00:00Z');
  });

  it('reads a numeric tax number as text', () => {
    expect(tolerantTaxResidence.parse(adapterNullsTaxResidence)).toEqual({ domain: '', taxNumber: '987654321', taxResidenceId: 'tr-adapter-1' });
  });
});

describe('the current user', () => {
  it('reads a user without views, with null names, and drops an entitlement it cannot read', () => {
    expect(tolerantCurrentUser.parse(staffUserWithoutViews).views).toEqual([]);
    expect(tolerantCurrentUser.parse(nullNamesUser)).toMatchObject({ username: '', provider: '', email: '' });
    expect(tolerantCurrentUser.parse(extraFieldsUser).entitlements.map((entitlement) => entitlement.roleName)).toEqual([
      'CanGetCustomer',
      'CanGetAnyKycChecks',
    ]);
  });
});

describe('credit-limit requests', () => {
  it('reads a list of stored requests, by their id and short reference', () => {
    const read = tolerantCreditLimitRequestList.parse(CREDIT_LIMIT_REQUEST_LIST_FIXTURES.wrapped);
    expect(read.rows).toEqual([
      expect.objectContaining({ id: 'clr-1', reference: 'ABC123', fields: expect.objectContaining({ requestedCurrentRateAmount1: '1000' }) }),
    ]);
    expect(read.rows[0]!.fields).not.toHaveProperty('status');
  });

  it('reads a bare list, amounts sent as numbers and null references', () => {
    const read = tolerantCreditLimitRequestList.parse(CREDIT_LIMIT_REQUEST_LIST_FIXTURES.bareList);
    expect(read.rows.map((row) => row.reference)).toEqual(['ABC123', 'clr-2']);
    expect(read.rows[1]!.fields).toMatchObject({ rankAmount1: '1500', nominalInterest1: '' });
    expect(tolerantCreditLimitRequestList.parse({ requests: [{ id: 'i-1' }] }).rows[0]).toMatchObject({ id: 'i-1' });
  });

  it('reads OBP’s old single answer, which cannot be opened by id', () => {
    const read = tolerantCreditLimitRequestList.parse(CREDIT_LIMIT_REQUEST_LIST_FIXTURES.documentedOldSingle);
    expect(read.rows).toEqual([
      { id: undefined, reference: '1', fields: { rankAmount1: 'String', nominalInterest1: 'String', rankAmount2: 'String', nominalInterest2: 'String' } },
    ]);
  });

  it('keeps a row that is not an object as unreadable', () => {
    const read = tolerantCreditLimitRequestList.parse([storedCreditLimitRequest, 'junk']);
    expect(read.rows).toHaveLength(1);
    expect(read.unreadable).toHaveLength(1);
  });
});
