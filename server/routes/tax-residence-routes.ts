import { randomUUID } from 'node:crypto';
import { TAX_RESIDENCE_LIMITS, postTaxResidence, type taxResidenceList } from '@/api/schemas/tax-residences';
import type * as z from 'zod/mini';
import { TAX_RESIDENCE_ALREADY_EXISTS, TAX_RESIDENCE_NOT_FOUND, connectorFailure } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { taxResidenceJson } from '../json/customer-record-json';
import { formatObpDate } from '../json/obp-dates';
import type { TaxResidenceRecord } from '../repositories/tax-residence-repository';
import { checkColumns, checkNotBlank } from './customer-record-input';
import type { RouteContext } from './route-context';

/** A customer's tax residences (contract §2.4, §2.9, §2.26): auth → bank → role → (JSON) → customer. */
export function taxResidenceRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  return [
    {
      method: 'POST',
      url: '/banks/:bankId/customers/:customerId/tax-residence',
      implementedIn: 'v3.1.0',
      operation: 'createTaxResidence',
      handler: (request, reply) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'createTaxResidence', bankId, 'at-bank');
        const body = extractBody(request.body, postTaxResidence, 'PostTaxResidenceJsonV310');
        guards.requireCustomerAtBank(customerId, bankId);
        checkNotBlank([['domain', body.domain], ['tax_number', body.tax_number]]);
        checkColumns([
          ['domain', body.domain, TAX_RESIDENCE_LIMITS.domain],
          ['tax_number', body.tax_number, TAX_RESIDENCE_LIMITS.tax_number],
        ]);
        // OBP's unique index on (customer, domain, tax_number) makes its insert fail (OBP-50200); the sandbox says why.
        if (repositories.taxResidences.exists(customerId, body.domain, body.tax_number)) throw badRequest(TAX_RESIDENCE_ALREADY_EXISTS);
        const residence: TaxResidenceRecord = { taxResidenceId: randomUUID(), customerId, domain: body.domain, taxNumber: body.tax_number };
        repositories.taxResidences.create(residence, formatObpDate(config.now()));
        return reply.code(201).send(taxResidenceJson(residence));
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/tax-residences',
      implementedIn: 'v3.1.0',
      operation: 'getTaxResidences',
      handler: (request) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'getTaxResidences', bankId, 'at-bank');
        guards.requireCustomerAtBank(customerId, bankId);
        const body: z.infer<typeof taxResidenceList> = { tax_residence: repositories.taxResidences.ofCustomer(customerId).map(taxResidenceJson) };
        return body;
      },
    },
    {
      method: 'DELETE',
      url: '/banks/:bankId/customers/:customerId/tax_residencies/:taxResidenceId',
      implementedIn: 'v3.1.0',
      operation: 'deleteTaxResidence',
      handler: (request) => {
        const { bankId, customerId, taxResidenceId } = request.params as { bankId: string; customerId: string; taxResidenceId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'deleteTaxResidence', bankId, 'at-bank');
        guards.requireCustomerAtBank(customerId, bankId);
        if (!repositories.taxResidences.delete(taxResidenceId, customerId)) throw badRequest(connectorFailure(TAX_RESIDENCE_NOT_FOUND));
        return true;
      },
    },
  ];
}
