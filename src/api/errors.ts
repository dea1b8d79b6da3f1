/** Codes the console adds for failures that never reached OBP or that OBP answered in an unexpected shape. */
export type LocalErrorCode = 'NETWORK' | 'SCHEMA' | 'HTTP';

/**
 * Every failed call becomes an ObpError: `status` is the HTTP status (0 when the network failed), `code` the
 * `OBP-xxxxx` prefix of OBP's message (or a local code), `message` OBP's whole message.
 */
export class ObpError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ObpError';
    this.status = status;
    this.code = code;
  }

  get isNetworkFailure(): boolean {
    return this.code === 'NETWORK';
  }

  /** OBP-20006: "User is missing one or more roles: …"; DESK-20006 the same from Customer Desk's server (issue 9). */
  get isMissingRole(): boolean {
    return this.code === 'OBP-20006' || this.code === 'DESK-20006';
  }

  /** The session is gone: 401, or a DirectLogin token that OBP calls invalid or expired (OBP-20003, sent as 400). */
  get isUnauthenticated(): boolean {
    return this.status === 401 || this.code === 'OBP-20003' || this.code === 'OBP-20001';
  }

  /** An endpoint this OBP server does not serve (e.g. credit-limit requests, removed in 2023). */
  get isNotServed(): boolean {
    return this.code === 'OBP-10404';
  }
}

export const isObpError = (value: unknown): value is ObpError => value instanceof ObpError;

const OBP_CODE = /^(OBP-\d{5})/;

export function obpCodeOf(message: string): string | undefined {
  return OBP_CODE.exec(message.trim())?.[1];
}

/** The roles and bank named by an OBP-20006 message, so the console can name what is missing. */
export function missingRolesOf(message: string): { roles: string[]; bankId: string | undefined } {
  const afterColon = message.slice(message.indexOf('roles:') + 'roles:'.length);
  const bankMatch = /(?:at Bank\(|for BankId\()([^)]*)\)/.exec(afterColon);
  const rolePart = afterColon.split(/ at Bank\(| for BankId\(| entitlements are required/)[0] ?? '';
  const roles = rolePart
    .split(/\s+(?:or|and)\s+|,/)
    .map((role) => role.trim().replace(/\.$/, ''))
    .filter((role) => /^(Can|Desk)[A-Za-z]+$/.test(role));
  return { roles, bankId: bankMatch?.[1] || undefined };
}
