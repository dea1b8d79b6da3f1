import * as z from 'zod/mini';
import { SOCIAL_MEDIA_FIELD_LIMITS, type SocialMediaHandleDraft } from '@/api/drafts/social-media';
import { localDateTimeToObpDate, obpDateToLocalDateTime, nowAsObpDate } from '@/lib/obp-dates';

/** Networks offered as you type; OBP's type is free text of at most 16 characters, so any other is fine too. */
export const SUGGESTED_NETWORKS = ['twitter', 'linkedin', 'wechat', 'weibo', 'facebook', 'instagram', 'whatsapp', 'telegram'] as const;

const isDateTime = (value: string) => value !== '' && !Number.isNaN(new Date(value).getTime());
/**
 * OBP never lets a handle's dates change once added, so a date in the future (a typo for 2030) would stay wrong for
 * good: refused here (a minute's grace for a clock a little ahead) and by the sandbox.
 */
const notInFuture = z.refine<string>((value) => !isDateTime(value) || new Date(value).getTime() <= Date.now() + 60_000, 'socialMedia.validation.dateFuture');

export const socialMediaFormSchema = z
  .object({
    type: z.string().check(
      z.refine((value) => value.trim() !== '', 'socialMedia.validation.typeRequired'),
      z.refine((value) => value.trim().length <= SOCIAL_MEDIA_FIELD_LIMITS.type, 'socialMedia.validation.typeTooLong'),
    ),
    handle: z.string().check(
      z.refine((value) => value.trim() !== '', 'socialMedia.validation.handleRequired'),
      z.refine((value) => value.trim().length <= SOCIAL_MEDIA_FIELD_LIMITS.handle, 'socialMedia.validation.handleTooLong'),
    ),
    dateAdded: z.string().check(z.refine(isDateTime, 'socialMedia.validation.dateAddedRequired'), notInFuture),
    dateActivated: z.string().check(z.refine((value) => value === '' || isDateTime(value), 'socialMedia.validation.dateInvalid'), notInFuture),
  })
  .check(
    z.superRefine((values, context) => {
      if (isDateTime(values.dateAdded) && isDateTime(values.dateActivated) && new Date(values.dateActivated) < new Date(values.dateAdded)) {
        context.issues.push({
          code: 'custom',
          message: 'socialMedia.validation.activatedBeforeAdded',
          path: ['dateActivated'],
          input: values.dateActivated,
        });
      }
    }),
  );
export type SocialMediaFormValues = z.input<typeof socialMediaFormSchema>;

/** Date added starts at now (in the user's time zone, to the minute); date activated starts empty. */
export const emptySocialMediaForm = (now: string = nowAsObpDate()): SocialMediaFormValues => ({
  type: '',
  handle: '',
  dateAdded: obpDateToLocalDateTime(now),
  dateActivated: '',
});

/**
 * `SocialMediaJSON`: OBP files the handle under the body's customer number (not the URL's customer id), so it is the
 * record's current number; both dates are required, so an unknown activation date is sent as the date added.
 */
export function socialMediaDraft(values: SocialMediaFormValues, customerNumber: string): SocialMediaHandleDraft {
  const dateAdded = localDateTimeToObpDate(values.dateAdded);
  return {
    customerNumber,
    type: values.type.trim(),
    handle: values.handle.trim(),
    dateAdded,
    dateActivated: values.dateActivated === '' ? dateAdded : localDateTimeToObpDate(values.dateActivated),
  };
}

