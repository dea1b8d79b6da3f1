import { useCallback } from 'react';
import { CUSTOMER_ATTRIBUTE_TYPES } from '@/api/schemas/customer-attributes';
import { useI18n } from '@/i18n/i18n-context';
import { INVITEE_STATUSES, KNOWN_PROVIDERS, KNOWN_PURPOSES } from './meeting-labels';

/**
 * Every fixed list of values the console shows or offers, with the message prefix that translates its values. OBP
 * keeps most of these as free text: the lists are what OBP's documentation and the sandbox use; a value outside the
 * list is shown as the server sent it. `src/lib/enumerations.test.ts` fails when a value lacks a translation.
 */
export const ENUMERATIONS = {
  crmCategory: {
    prefix: ['enumerations', 'crmCategory'],
    values: ['Complaint', 'Onboarding', 'Mortgage enquiry', 'Card', 'KYC review', 'Product offer'],
  },
  crmChannel: { prefix: ['enumerations', 'crmChannel'], values: ['Branch', 'Phone', 'Email', 'Online', 'Chat', 'Video'] },
  crmResult: { prefix: ['enumerations', 'crmResult'], values: ['Resolved', 'Follow-up', 'No answer', 'Interested', 'Declined'] },
  relationshipStatus: {
    prefix: ['enumerations', 'relationshipStatus'],
    values: ['Single', 'Married', 'Partnership', 'Separated', 'Divorced', 'Widowed'],
  },
  education: {
    prefix: ['enumerations', 'education'],
    values: ['Primary school', 'Secondary school', 'Vocational training', "Bachelor's degree", "Master's degree", 'Doctorate'],
  },
  employmentStatus: {
    prefix: ['enumerations', 'employmentStatus'],
    values: ['Employed', 'Self-employed', 'Part-time employed', 'Unemployed', 'Retired', 'Student'],
  },
  kycCheckMethod: { prefix: ['enumerations', 'kycCheckMethod'], values: ['In person', 'Video call', 'Document scan', 'Electronic ID'] },
  documentType: { prefix: ['enumerations', 'documentType'], values: ['Passport', 'National ID card', 'Driving licence', 'Residence permit'] },
  creditRatingAgency: {
    prefix: ['enumerations', 'creditRatingAgency'],
    values: ['Experian', 'Equifax', 'TransUnion', 'SCHUFA', 'Creditreform', 'OBP'],
  },
  meetingPurpose: { prefix: ['meetings', 'purposes'], values: KNOWN_PURPOSES },
  meetingProvider: { prefix: ['meetings', 'providers'], values: KNOWN_PROVIDERS },
  inviteeStatus: { prefix: ['meetings', 'statuses'], values: INVITEE_STATUSES },
  attributeType: { prefix: ['attributes', 'types'], values: CUSTOMER_ATTRIBUTE_TYPES },
} as const satisfies Record<string, { prefix: readonly [string, string]; values: readonly string[] }>;

export type Enumeration = keyof typeof ENUMERATIONS;

/** A value's message key: values become keys by their letters and digits ("Mortgage enquiry" → "mortgageEnquiry"). */
export function enumerationKey(enumeration: Enumeration, value: string): string {
  // Kept as [namespace, group] so the locale test does not read a prefix as a message key.
  const prefix = ENUMERATIONS[enumeration].prefix.join('.');
  if (ENUMERATIONS[enumeration].prefix[0] === 'enumerations') {
    const words = value.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ');
    const camel = words.map((word, index) => (index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())).join('');
    return `${prefix}.${camel}`;
  }
  return `${prefix}.${value}`;
}

export const isKnownValue = (enumeration: Enumeration, value: string) =>
  (ENUMERATIONS[enumeration].values as readonly string[]).includes(value);

/** `label('crmChannel', 'Phone')` → "电话" in Chinese; a value outside the list is shown as it is. */
export function useEnumerationLabel(): (enumeration: Enumeration, value: string) => string {
  const { t } = useI18n();
  return useCallback(
    (enumeration: Enumeration, value: string) => (isKnownValue(enumeration, value) ? t(enumerationKey(enumeration, value)) : value),
    [t],
  );
}
