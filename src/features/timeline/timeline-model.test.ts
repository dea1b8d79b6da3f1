import { describe, expect, it } from 'vitest';
import type { CrmEvent } from '@/api/wire/crm-events';
import type { Meeting } from '@/api/wire/meetings';
import { crmEntries, documentEntries, hiddenKinds, meetingEntries, newestFirst, statusEntries, withHidden } from './timeline-model';

const customer = { email: 'Eveline@Example.com', mobilePhoneNumber: '+44 07972 444 876' };

const meeting = (id: string, when: string | undefined, invitee: { name: string; mobilePhone: string; emailAddress: string }): Meeting => ({
  meetingId: id,
  providerId: 'phone',
  purposeId: 'mortgage',
  bankId: 'gh.29.uk',
  present: { staffUserId: '', customerUserId: '' },
  when,
  creator: { name: 'manager', mobilePhone: '', emailAddress: '' },
  invitees: [
    { contactDetails: { name: 'Someone', mobilePhone: '', emailAddress: 'someone@example.com' }, status: 'invited' },
    { contactDetails: invitee, status: 'accepted' },
  ],
});

const crm = (id: string, number: string, actual: string | undefined, scheduled: string | undefined = undefined): CrmEvent => ({
  id,
  bankId: 'gh.29.uk',
  customerName: 'Eveline Tripman',
  customerNumber: number,
  category: 'Call',
  detail: '',
  channel: 'Phone',
  scheduledDate: scheduled,
  actualDate: actual,
  result: '',
});

describe('the customer timeline', () => {
  it('finds meetings inviting the customer by email or by the digits of the mobile number', () => {
    const entries = meetingEntries(
      [
        meeting('by-email', '2026-11-20T10:00:00Z', { name: 'E. Tripman', mobilePhone: '', emailAddress: 'eveline@example.com' }),
        meeting('by-phone', '2026-11-21T10:00:00Z', { name: 'Eveline', mobilePhone: '+44-07972-444876', emailAddress: '' }),
        meeting('other', '2026-11-22T10:00:00Z', { name: 'Eve', mobilePhone: '+44 07972 444 877', emailAddress: 'eve@example.com' }),
      ],
      customer,
    );
    expect(entries.map((entry) => entry.id)).toEqual(['meeting:by-email', 'meeting:by-phone']);
    expect(entries[0]!.kind === 'meeting' && entries[0]!.invitee.status).toBe('accepted');
  });

  it('takes the customer’s CRM events by number, dated when they happened or else when planned', () => {
    const entries = crmEntries([crm('a', '5987953', undefined, '2026-11-01T09:00:00Z'), crm('b', '1234', '2026-11-02T09:00:00Z')], '5987953');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.date).toBe('2026-11-01T09:00:00Z');
    expect(crmEntries([crm('a', '', undefined)], '')).toEqual([]);
  });

  it('puts everything newest first, undated entries last', () => {
    const merged = newestFirst([
      ...statusEntries([{ customerId: 'c', customerNumber: 'n', ok: true, date: '2026-03-01T00:00:00Z' }]),
      ...documentEntries([
        {
          bankId: 'b',
          customerId: 'c',
          id: 'd1',
          customerNumber: 'n',
          type: 'passport',
          number: 'X1',
          issueDate: undefined,
          issuePlace: '',
          expiryDate: undefined,
        },
      ]),
      ...crmEntries([crm('e', 'n', '2026-11-02T09:00:00Z')], 'n'),
    ]);
    expect(merged.map((entry) => entry.kind)).toEqual(['crm-event', 'kyc-status', 'kyc-document']);
  });

  it('keeps the hidden kinds in the URL', () => {
    const params = new URLSearchParams('hide=kyc-status,nonsense');
    const hidden = hiddenKinds(params);
    expect([...hidden]).toEqual(['kyc-status']);
    hidden.add('meeting');
    expect(withHidden(params, hidden).get('hide')).toBe('meeting,kyc-status');
    expect(withHidden(params, new Set()).has('hide')).toBe(false);
  });
});
