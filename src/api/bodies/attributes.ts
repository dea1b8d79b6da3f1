import type { AttributeDraft } from '@/api/drafts/attributes';
import type { PostCustomerAttribute } from '@/api/schemas/customer-attributes';

/** `CustomerAttributeJsonV400`. */
export const toAttributeBody = (draft: AttributeDraft): PostCustomerAttribute => ({ name: draft.name, type: draft.type, value: draft.value });
