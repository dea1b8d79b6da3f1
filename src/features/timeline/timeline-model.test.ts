import { describe, expect, it } from 'vitest';
import type { CrmEvent } from '@/api/wire/crm-events';
import type { Meeting } from '@/api/wire/meetings';
import { crmEntries, documentEntries, hiddenKinds, meetingEntries, newestFirst, statusEntries, withHidden } from './timeline-model';

const customer = { email: 'Eveline@Example.com', mobile_phone_number: '+44 07972 444 876' };

const meeting = (id: string, when: string | undefined, invitee: { name: string; mobile_phone: string; email_address: string }): Meeting => ({
  meeting_id: id,
  provider_id: 'phone',
  purpose_id: 'mortgage',
  bank_id: 'gh.29.uk',
  present: { staff_user_id: '', customer_user_id: '' },
  when,
  creator: { name: 'manager', mobile_phone: '', email_address: '' },
  invitees: [
    { contact_details: { name: 'Someone', mobile_phone: '', email_address: 'someone@example.com' }, status: 'invited' },
    { contact_details: invitee, status: 'accepted' },
  ],
});

const crm = (id: string, number: string, actual: string | undefined, scheduled: string | undefined = undefined): CrmEvent => ({
  id,
  bank_id: 'gh.29.uk',
  customer_name: 'Eveline Tripman',
  customer_number: number,
  category: 'Call',
  detail: '',
  channel: 'Phone',
  scheduled_date: scheduled,
  actual_date: actual,
  result: '',
});

describe('the customer timeline', () => {
  it('finds meetings inviting the customer by email or by the digits of the mobile number', () => {
    const entries = meetingEntries(
      [
        meeting('by-email', '2026-11-20T10:00:00Z', { name: 'E. Tripman', mobile_phone: '', email_address: 'eveline@example.com' }),
        meeting('by-phone', '2026-11-21T10:00:00Z', { name: 'Eveline', mobile_phone: '+44-07972-444876', email_address: '' }),
        meeting('other', '2026-11-22T10:00:00Z', { name: 'Eve', mobile_phone: '+44 07972 444 877', email_address: 'eve@example.com' }),
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
      ...statusEntries([{ customer_id: 'c', customer_number: 'n', ok: true, date: '2026-03-01T00:00:00Z' }]),
      ...documentEntries([
        {
          bank_id: 'b',
          customer_id: 'c',
          id: 'd1',
          customer_number: 'n',
          type: 'passport',
          number: 'X1',
          issue_date: undefined,
          issue_place: '',
          expiry_date: undefined,
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
