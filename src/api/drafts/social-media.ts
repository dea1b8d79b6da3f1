import { SOCIAL_MEDIA_LIMITS } from '@/api/schemas/social-media';
import { fieldLimits } from './field-limits';

/** OBP's social media handle column limits under the console's names. */
export const SOCIAL_MEDIA_FIELD_LIMITS = fieldLimits(SOCIAL_MEDIA_LIMITS);

/** A handle to add, in the console's names (those of `SocialMediaHandle`); dates are OBP dates. */
export type SocialMediaHandleDraft = {
  /** OBP files the handle under the body's customer number (not the URL's customer id). */
  customerNumber: string;
  type: string;
  handle: string;
  dateAdded: string;
  dateActivated: string;
};
