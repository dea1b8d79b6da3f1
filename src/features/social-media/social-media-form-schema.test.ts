import { describe, expect, it } from 'vitest';
import { toSocialMediaHandleBody } from '@/api/bodies/social-media';
import { emptySocialMediaForm, socialMediaDraft, socialMediaFormSchema, type SocialMediaFormValues } from './social-media-form-schema';

/** What `useAddSocialMediaHandle` sends for the form's draft. */
const socialMediaBody = (values: SocialMediaFormValues, customerNumber: string) => toSocialMediaHandleBody(socialMediaDraft(values, customerNumber));

const issues = (values: SocialMediaFormValues) => {
  const result = socialMediaFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};
const valid = (overrides: Partial<SocialMediaFormValues> = {}): SocialMediaFormValues => ({
  type: 'twitter',
  handle: '@eveline',
  dateAdded: '2026-01-05T10:30',
  dateActivated: '',
  ...overrides,
});

describe('social-media form', () => {
  it('starts with date added at now and no activation date', () => {
    const values = emptySocialMediaForm('2026-01-05T10:30:45Z');
    expect(values.dateActivated).toBe('');
    expect(new Date(values.dateAdded).getTime()).toBe(new Date('2026-01-05T10:30:00Z').getTime());
  });

  it('sends the record’s customer number, OBP dates, and the date added as activation when none is given', () => {
    const body = socialMediaBody(valid({ type: ' wechat ', handle: ' eveline_t ' }), '5987953');
    const added = new Date('2026-01-05T10:30').toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(body).toEqual({ customer_number: '5987953', type: 'wechat', handle: 'eveline_t', date_added: added, date_activated: added });
    expect(body.date_added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const activated = socialMediaBody(valid({ dateActivated: '2026-01-06T09:00' }), '5987953').date_activated;
    expect(activated).toBe(new Date('2026-01-06T09:00').toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });

  it("mirrors OBP's columns: type 16, handle 64", () => {
    expect(issues(valid({ type: 'x'.repeat(16), handle: 'x'.repeat(64) }))).toEqual({});
    expect(issues(valid({ type: 'x'.repeat(17), handle: 'x'.repeat(65) }))).toEqual({
      type: 'socialMedia.validation.typeTooLong',
      handle: 'socialMedia.validation.handleTooLong',
    });
    expect(issues(valid({ type: ' ', handle: '' }))).toEqual({
      type: 'socialMedia.validation.typeRequired',
      handle: 'socialMedia.validation.handleRequired',
    });
  });

  it('needs a date added, and no activation before it', () => {
    expect(issues(valid({ dateAdded: '' }))).toEqual({ dateAdded: 'socialMedia.validation.dateAddedRequired' });
    expect(issues(valid({ dateActivated: '2026-01-04T10:30' }))).toEqual({
      dateActivated: 'socialMedia.validation.activatedBeforeAdded',
    });
  });

  it('refuses dates in the future, which OBP would keep for good', () => {
    const nextYear = `${new Date().getFullYear() + 1}-01-01T10:00`;
    expect(issues(valid({ dateAdded: nextYear, dateActivated: nextYear }))).toEqual({
      dateAdded: 'socialMedia.validation.dateFuture',
      dateActivated: 'socialMedia.validation.dateFuture',
    });
  });
});
