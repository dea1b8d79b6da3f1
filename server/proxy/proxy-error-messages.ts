/**
 * The proxy's own errors, in OBP's shape `{"code": <status>, "message": "OBP-…: …"}`. OBP's catalogue
 * (ErrorMessages.scala) has no code for a gateway in front of it; these take the free numbers after OBP-01000, the
 * code OBP itself gives a backend that did not answer in time (its "Exceptions (OBP-01XXX)" block), so the console
 * reads them like any OBP error and no OBP code means two things.
 */
export const OBP_SERVER_UNREACHABLE = 'OBP-01001: Bad Gateway. The OBP server could not be reached.';
export const OBP_SERVER_CONNECT_TIMEOUT = 'OBP-01002: Gateway Timeout. The OBP server did not accept a connection in time.';
export const OBP_SERVER_RESPONSE_TIMEOUT = 'OBP-01003: Gateway Timeout. The OBP server did not answer in time.';

export const connectTimeoutMessage = (milliseconds: number) => `${OBP_SERVER_CONNECT_TIMEOUT} Waited ${milliseconds} ms.`;
export const responseTimeoutMessage = (milliseconds: number) => `${OBP_SERVER_RESPONSE_TIMEOUT} Waited ${milliseconds} ms.`;
