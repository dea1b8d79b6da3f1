import { randomUUID } from 'node:crypto';
import { ROLE_NAMES, ROLES, type RoleName } from '@/api/schemas/roles';
import * as z from 'zod/mini';
import {
  ENTITLEMENT_IS_BANK_ROLE,
  ENTITLEMENT_IS_SYSTEM_ROLE,
  ENTITLEMENT_REQUEST_ALREADY_EXISTS,
  ENTITLEMENT_REQUEST_NOT_FOUND,
  incorrectRoleName,
} from '../errors/entitlement-request-error-messages';
import { connectorFailure } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { entitlementRequestJson, type EntitlementRequestJson } from '../json/entitlement-request-json';
import { userJsonV200, type UserJsonV200 } from '../json/user-json';
import { formatObpDate } from '../json/obp-dates';
import type { EntitlementRequestRecord } from '../repositories/entitlement-request-repository';
import type { RouteContext } from './route-context';

/** OBP's `CreateEntitlementRequestJSON`: both fields required strings (lift-json extraction). */
const createEntitlementRequest = z.object({ bank_id: z.string(), role_name: z.string() });

const isKnownRole = (name: string): name is RoleName => Object.hasOwn(ROLES, name);

/**
 * Entitlement requests (OBP v3.0.0 `APIMethods300`, served up to v5.1.0): a user asks for a role they lack; an
 * administrator lists and deletes requests. Checks in OBP's order; errors as OBP words them. Granting is not an
 * endpoint here (OBP grants with addEntitlement; the sandbox's roles come from its seed).
 */
export function entitlementRequestRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const { entitlementRequests, users } = repositories;

  /** Each user's JSON once per answer (a list repeats the same few users). */
  const renderer = () => {
    const usersById = new Map<string, UserJsonV200 | null>();
    return (request: EntitlementRequestRecord): EntitlementRequestJson => {
      if (!usersById.has(request.userId)) {
        const user = users.findById(request.userId);
        usersById.set(request.userId, user ? userJsonV200(user, users.entitlements(user.userId)) : null);
      }
      return entitlementRequestJson(request, usersById.get(request.userId)!);
    };
  };
  const listJson = (list: EntitlementRequestRecord[]) => ({ entitlement_requests: list.map(renderer()) });

  return [
    {
      method: 'POST',
      url: '/entitlement-requests',
      implementedIn: 'v3.0.0',
      operation: 'addEntitlementRequest',
      handler: (request, reply) => {
        const user = guards.authenticate(request);
        const body = extractBody(request.body, createEntitlementRequest, 'CreateEntitlementRequestJSON');
        if (body.bank_id !== '') guards.requireBank(body.bank_id);
        if (!isKnownRole(body.role_name)) throw badRequest(incorrectRoleName(body.role_name, ROLE_NAMES));
        const requiresBankId = ROLES[body.role_name] === 'bank';
        if (requiresBankId !== (body.bank_id !== '')) throw badRequest(requiresBankId ? ENTITLEMENT_IS_BANK_ROLE : ENTITLEMENT_IS_SYSTEM_ROLE);
        if (entitlementRequests.find(user.userId, body.bank_id, body.role_name)) throw badRequest(ENTITLEMENT_REQUEST_ALREADY_EXISTS);
        const added: EntitlementRequestRecord = {
          entitlementRequestId: randomUUID(),
          bankId: body.bank_id,
          userId: user.userId,
          roleName: body.role_name,
          created: formatObpDate(config.now()),
        };
        // A concurrent identical request won the race: the same answer as the check above.
        if (!entitlementRequests.add(added)) throw badRequest(ENTITLEMENT_REQUEST_ALREADY_EXISTS);
        return reply.code(201).send(renderer()(added));
      },
    },
    {
      method: 'GET',
      url: '/my/entitlement-requests',
      implementedIn: 'v3.0.0',
      operation: 'getEntitlementRequestsForCurrentUser',
      handler: (request) => {
        const user = guards.authenticate(request);
        return listJson(entitlementRequests.ofUser(user.userId));
      },
    },
    {
      method: 'GET',
      url: '/entitlement-requests',
      implementedIn: 'v3.0.0',
      operation: 'getAllEntitlementRequests',
      handler: (request) => {
        const user = guards.authenticate(request);
        guards.requireRoles(user, 'getAllEntitlementRequests', '', 'for-bank-id');
        return listJson(entitlementRequests.all());
      },
    },
    {
      method: 'DELETE',
      url: '/entitlement-requests/:entitlementRequestId',
      implementedIn: 'v3.0.0',
      operation: 'deleteEntitlementRequest',
      handler: (request) => {
        const { entitlementRequestId } = request.params as { entitlementRequestId: string };
        const user = guards.authenticate(request);
        guards.requireRoles(user, 'deleteEntitlementRequest', '', 'for-bank-id');
        // OBP: the provider's Failure wrapped by connectorEmptyResponse, 400.
        if (!entitlementRequests.delete(entitlementRequestId)) throw badRequest(connectorFailure(ENTITLEMENT_REQUEST_NOT_FOUND));
        return true;
      },
    },
  ];
}
