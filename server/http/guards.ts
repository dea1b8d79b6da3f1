import { OPERATIONS, type OperationId } from '@/api/schemas/operations';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import type { SandboxConfig } from '../config';
import {
  AUTHORIZATION_HEADER_NOT_SUPPORTED,
  INVALID_VALUE_CHARACTERS,
  INVALID_VALUE_LENGTH,
  USER_HAS_MISSING_ROLES,
  bankNotFound,
  customerNotFoundById,
  directLoginInvalidToken,
  directLoginMissingParameters,
} from '../errors/error-messages';
import { badRequest, forbidden, notFound, unauthorized, userNotLoggedIn } from '../errors/obp-error';
import type { BankRecord } from '../repositories/bank-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import type { Repositories } from '../repositories/repositories';
import type { UserRecord } from '../repositories/user-repository';
import { hashDirectLoginToken } from '../security/direct-login-tokens';
import { invalidParameterProblem, readDirectLoginHeader } from './direct-login-header';
import type { ObpRequest } from './obp-routes';

/**
 * How an endpoint words a missing role (contract §0.4):
 * - `at-bank`: `hasEntitlement` of the hand-written v1.4–v3.1 endpoints — "<Role> at Bank(<id>)";
 * - `for-bank-id`: `hasAtLeastOneEntitlement` and the auto-validation of v4/v5 endpoints — "<R1> or <R2> for BankId(<id>)."
 */
export type RoleMessageStyle = 'at-bank' | 'for-bank-id';

export function missingRolesMessage(roles: readonly RoleName[], bankId: string, style: RoleMessageStyle): string {
  const anyBankLevel = roles.some((role) => ROLES[role] === 'bank');
  if (style === 'at-bank' && roles.length === 1) {
    return anyBankLevel ? `${USER_HAS_MISSING_ROLES} ${roles[0]} at Bank(${bankId})` : `${USER_HAS_MISSING_ROLES} ${roles[0]}`;
  }
  return `${USER_HAS_MISSING_ROLES} ${roles.join(' or ')}${anyBankLevel ? ` for BankId(${bankId}).` : ''}`;
}

/** Header texts whose token `directLoginTokenReader` keeps; a client sends the same one with every request. */
export const TOKEN_HEADERS_KEPT = 1_000;

type ReadToken = { token: string; tokenHash: string };

/**
 * The DirectLogin token of a request's headers and its SHA-256 (what the database keeps), or the ObpError OBP answers
 * for headers without a usable one (contract §A). A header text that gave a token is remembered with it (at most
 * TOKEN_HEADERS_KEPT texts; all forgotten when full), so a client's next request skips the parse, the checks and the
 * hash: together ~6 % of a GET customer's server time. Only this pure function of the text is remembered — whether
 * the token is still valid, and whose it is, is asked on every request (`findByValidToken`). The raw token is in the
 * key, in this process's memory only, as it is in every request's headers while it is served.
 */
export function directLoginTokenReader(kept = TOKEN_HEADERS_KEPT): (headers: ObpRequest['headers']) => ReadToken {
  const read = new Map<string, ReadToken>();
  return (headers) => {
    // Which header it came from is part of the key: the same text means another thing in `Authorization`.
    const { directlogin, authorization } = headers;
    const key = typeof directlogin === 'string' ? `d${directlogin}` : directlogin === undefined && typeof authorization === 'string' ? `a${authorization}` : undefined;
    const known = key === undefined ? undefined : read.get(key);
    if (known) return known;
    const header = readDirectLoginHeader(headers);
    if (header.kind === 'missing') throw userNotLoggedIn();
    if (header.kind === 'other-authorization') throw unauthorized(AUTHORIZATION_HEADER_NOT_SUPPORTED);
    const token = header.parameters.get('token');
    if (token === undefined) throw badRequest(directLoginMissingParameters(['token']));
    const problem = invalidParameterProblem(header.parameters);
    if (problem) throw badRequest(problem === 'too-long' ? INVALID_VALUE_LENGTH : INVALID_VALUE_CHARACTERS);
    const found = { token, tokenHash: hashDirectLoginToken(token) };
    if (key !== undefined) {
      if (read.size >= kept) read.clear();
      read.set(key, found);
    }
    return found;
  };
}

/**
 * The checks endpoints run, each throwing the ObpError OBP gives; a handler calls them in the order the contract
 * lists for it (auth → bank → role → body … differs between endpoints).
 */
export function createGuards(repositories: Repositories, config: SandboxConfig) {
  const tokenOfHeaders = directLoginTokenReader();
  return {
    /** The user of the request's DirectLogin token (contract §A); 401 when there is none. */
    authenticate(request: ObpRequest): UserRecord {
      const { token, tokenHash } = tokenOfHeaders(request.headers);
      const now = config.now();
      const user = repositories.users.findByValidToken(tokenHash, now);
      // OBP answers an unknown or expired token on its new-style endpoints with 400 (contract §A).
      if (!user) throw badRequest(directLoginInvalidToken(token));
      // For the request log and the metrics row: who made the call (never the token).
      request.userId = user.userId;
      request.userName = user.username;
      return user;
    },

    requireBank(bankId: string): BankRecord {
      const bank = repositories.banks.find(bankId);
      if (!bank) throw notFound(bankNotFound(bankId));
      return bank;
    },

    /** The user must hold at least one of the operation's roles (OPERATIONS table), each at its level. */
    requireRoles(user: UserRecord, operation: OperationId, bankId: string, style: RoleMessageStyle): void {
      const roles: readonly RoleName[] = OPERATIONS[operation];
      if (roles.length === 0) return;
      const holds = roles.some((role) => repositories.users.hasEntitlement(user.userId, ROLES[role] === 'any' ? '' : bankId, role));
      if (!holds) throw forbidden(missingRolesMessage(roles, bankId, style));
    },

    /** Stricter than OBP: a customer of another bank is not found at this one. */
    requireCustomerAtBank(customerId: string, bankId: string): CustomerRecord {
      const customer = repositories.customers.findByCustomerId(customerId);
      if (!customer || customer.bankId !== bankId) throw notFound(customerNotFoundById(customerId));
      return customer;
    },
  };
}

export type Guards = ReturnType<typeof createGuards>;
