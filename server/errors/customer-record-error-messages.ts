import { INVALID_JSON_FORMAT } from './error-messages';

/**
 * Error texts of the customer record's endpoints (addresses, tax residences, social media, KYC, attributes, links,
 * firehose, credit-limit requests): OBP's own exactly as `ErrorMessages.scala` and the code paths compose them
 * (contract §2, §C, §D, §E), trailing spaces included; the sandbox's stricter checks worded in OBP's style.
 */
export const CONNECTOR_EMPTY_RESPONSE = 'OBP-50200: Connector cannot return the data we requested.';
export const AN_UNSPECIFIED_OR_INTERNAL_ERROR = 'OBP-50005: An unspecified or internal error occurred.';
export const CUSTOMER_ADDRESS_NOT_FOUND = "OBP-30310: Customer's Address not found by CUSTOMER_ADDRESS_ID. ";
export const TAX_RESIDENCE_NOT_FOUND = 'OBP-30300: Tax Residence not found by TAX_RESIDENCE_ID. ';
export const CUSTOMER_ATTRIBUTE_NOT_FOUND = 'OBP-30069: Customer Attribute not found. Please specify a valid value for CUSTOMER_ATTRIBUTE_ID.';
export const USER_NOT_FOUND_BY_USER_ID = 'OBP-20057: User not found by userId.';
export const CUSTOMER_ALREADY_EXISTS_FOR_USER = 'OBP-30007: The User is already linked to a Customer at the bank specified by BANK_ID';
export const USER_CUSTOMER_LINK_NOT_FOUND = 'OBP-30035: User Customer Link not found';
export const INVALID_BANK_ID_FORMAT =
  "OBP-30111: Invalid Bank Id. The BANK_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255.";
/** The code checks the customer firehose switch but answers with the *account* firehose message (contract §2.23). */
export const ACCOUNT_FIREHOSE_NOT_ALLOWED =
  'OBP-00009: Account firehose is not allowed on this instance. Please set allow_account_firehose = true in props files. ';
export const FILTER_DATE_FORMAT_ERROR = "OBP-10026: Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!";
/** The `Type` failure of the v4.0.0 customer attribute endpoints (contract §E). */
export const CUSTOMER_ATTRIBUTE_TYPE_ERROR =
  `${INVALID_JSON_FORMAT} The \`Type\` field can only accept the following field: DOUBLE(12.1234), STRING(TAX_NUMBER), INTEGER(123) and DATE_WITH_DAY(2012-04-23)`;

/** `unboxFullOrFail(…, ConnectorEmptyResponse)` around a provider failure that carries an OBP message. */
export const connectorFailure = (underlying: string) => `${CONNECTOR_EMPTY_RESPONSE} <- ${underlying}`;

/** `NewStyle.createOrUpdateKycX` failing (contract §D): OBP-50200 with the text OBP appends, trailing space included. */
export const kycUpsertFailed = (kind: 'KycDocument' | 'KycMedia' | 'KycCheck' | 'KycStatus') =>
  `${CONNECTOR_EMPTY_RESPONSE} Can not create or update ${kind} in the backend. `;

/** `InvalidCustomerBankId` as the v4.0.0 attribute endpoints rewrite it with the ids (contract §E). */
export const customerNotAtBank = (bankId: string, customerId: string) =>
  `OBP-30113: Invalid Bank Id (${bankId}). The Customer(${customerId}) does not belong to this Bank`;

/** lift-json extraction of the v4.0.0 update, whose message (unlike create's) has no trailing space. */
export const jsonBodyShouldBeWithoutSpace = (className: string) => `${INVALID_JSON_FORMAT} The Json body should be the ${className}`;

/* ---- the sandbox's stricter checks (OBP has none), in OBP's wording ------------------------------------------- */

export const fieldTooLong = (field: string, limit: number, length: number) =>
  `${INVALID_JSON_FORMAT} The field ${field} is too long: at most ${limit} characters are allowed, it has ${length}.`;
export const fieldHasNul = (field: string) => `${INVALID_JSON_FORMAT} The field ${field} must not contain the NUL character.`;
export const invalidField = (field: string, rule: string) => `${INVALID_JSON_FORMAT} The field ${field} ${rule}`;

/** The body's customer_number must be the number of the customer in the path (OBP stores whatever is sent). */
export const customerNumberMismatch = (customerId: string) =>
  `${INVALID_JSON_FORMAT} The field customer_number must be the number of the customer CUSTOMER_ID(${customerId}).`;

export const pathIdTooLong = (name: string, limit: number) => `${INVALID_JSON_FORMAT} ${name} is too long: at most ${limit} characters are allowed.`;

export const TAX_RESIDENCE_ALREADY_EXISTS = `${CONNECTOR_EMPTY_RESPONSE} The customer already has a tax residence with this domain and tax_number.`;
export const SOCIAL_MEDIA_HANDLE_ALREADY_EXISTS = `${AN_UNSPECIFIED_OR_INTERNAL_ERROR} Server error: could not add: the customer already has this handle of this type.`;
/**
 * Without the multiple-social-media-handles extension: OBP's unique index on the customer number makes its insert of a
 * second handle fail in the database (its "Server error: could not add" path); worded in the same family as above.
 */
export const SOCIAL_MEDIA_HANDLE_NOT_ADDED = `${AN_UNSPECIFIED_OR_INTERNAL_ERROR} Server error: could not add: the customer already has a social media handle.`;

export const attributeValueNotOfType = (type: string, example: string) =>
  `${INVALID_JSON_FORMAT} The field value is not a valid ${type} value, e.g. ${example}.`;

export const creditLimitRequestNotFound = (requestId: string) =>
  `OBP-50200: Connector cannot return the data we requested. Credit limit request not found. Current REQUEST_ID(${requestId})`;
