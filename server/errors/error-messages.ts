/**
 * OBP's error texts, exactly as OBP-API's `ErrorMessages.scala` and the helpers that compose them (contract §0.4, §A,
 * §C). Functions build the messages that carry a value; the wording around the value is OBP's, including its quirks
 * (the double dot of OBP-30046, the two spaces of OBP-10016's chain).
 */
export const INVALID_JSON_FORMAT = 'OBP-10001: Incorrect json format.';
export const INVALID_JSON_CONTENT = 'OBP-10020: Incorrect json.';
export const INVALID_FILTER_PARAMETER_FORMAT = 'OBP-10016: Incorrect filter Parameters in URL. ';
export const FILTER_SORT_DIRECTION_ERROR = 'OBP-10023: obp_sort_direction parameter can only take two values: DESC or ASC!';
export const FILTER_OFFSET_ERROR = 'OBP-10024: wrong value for obp_offset parameter. Please send a positive integer (=>0)!';
export const FILTER_LIMIT_ERROR = 'OBP-10025: wrong value for obp_limit parameter. Please send a positive integer (=>1)!';
export const MAXIMUM_LIMIT_EXCEEDED = 'OBP-10012: Invalid value. Maximum number is';
export const INVALID_URI =
  'OBP-10404: 404 Not Found. The server could not find the requested URI. Please double check your URL, headers and body. ' +
  'Note: When you are making a POST or PUT request, the Content-Type header MUST be `application/json`. ' +
  'Note: OBP only supports JSON formatted bodies.';

export const USER_NOT_LOGGED_IN = 'OBP-20001: User not logged in. Authentication is required!';
export const DIRECT_LOGIN_MISSING_PARAMETERS = 'OBP-20002: These DirectLogin parameters are missing:';
export const DIRECT_LOGIN_INVALID_TOKEN = 'OBP-20003: This DirectLogin token is invalid or expired:';
export const INVALID_LOGIN_CREDENTIALS = 'OBP-20004: Invalid login credentials. Check username/password.';
export const USER_HAS_MISSING_ROLES = 'OBP-20006: User is missing one or more roles:';
export const INVALID_CONSUMER_KEY = 'OBP-20008: Invalid Consumer Key.';
export const INVALID_VALUE_LENGTH = 'OBP-20010: Value too long';
export const INVALID_VALUE_CHARACTERS = 'OBP-20011: Value contains invalid characters';
export const USERNAME_HAS_BEEN_LOCKED = 'OBP-20013: The account has been locked, please contact an administrator!';
export const AUTHORIZATION_HEADER_NOT_SUPPORTED = 'OBP-20080: Authorization Header format is not supported at this instance.';
export const MISSING_DIRECT_LOGIN_HEADER = 'OBP-20082: Missing DirectLogin or Authorization header.';
export const INVALID_DIRECT_LOGIN_HEADER = 'OBP-20083: Missing DirectLogin word at the value of Authorization header.';

export const CUSTOMER_NUMBER_NOT_FOUND = 'OBP-30002: Customer not found. Please specify a valid value for CUSTOMER_NUMBER.';
export const CUSTOMER_NUMBER_ALREADY_EXISTS =
  'OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER.';
/** `unboxFullOrFail(…, CreateCustomerError)`: OBP's createCustomer when its insert fails (contract §0.4, §2.1). */
export const CREATE_CUSTOMER_ERROR = 'OBP-30051: Cannot create Customer';
export const INTERNAL_SERVER_ERROR =
  'OBP-50015: The server encountered an unexpected condition which prevented it from fulfilling the request.';

export const bankNotFound = (bankId: string) =>
  `OBP-30001: Bank not found. Please specify a valid value for BANK_ID. Current BankId is ${bankId}`;

export const customerNotFoundById = (customerId: string) =>
  `OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID.. Current CustomerId(${customerId})`;

export const customerNumberAlreadyExists = (customerNumber: string, bankId: string) =>
  `${CUSTOMER_NUMBER_ALREADY_EXISTS} Current customer_number(${customerNumber}) and Current bank_id(${bankId})`;

/** `NewStyle.function.tryons` around a lift-json extraction: the case class is named, followed by a space. */
export const jsonBodyShouldBe = (className: string) => `${INVALID_JSON_FORMAT} The Json body should be the ${className} `;

/** The chain OBP builds for a bad paging parameter: OBP-10016, two spaces, `<-`, the specific message. */
export const invalidFilterParameter = (specificMessage: string) => `${INVALID_FILTER_PARAMETER_FORMAT} <- ${specificMessage}`;

export const directLoginMissingParameters = (names: readonly string[]) =>
  `${DIRECT_LOGIN_MISSING_PARAMETERS} ${names.join(', ')}`;

export const directLoginInvalidToken = (token: string) => `${DIRECT_LOGIN_INVALID_TOKEN} ${token}`;

export const dependantsMismatch = (dependants: number, datesOfBirth: number) =>
  `${INVALID_JSON_CONTENT} The field dependants(${dependants}) not equal the length(${datesOfBirth}) of dob_of_dependants array`;
