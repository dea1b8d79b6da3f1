import { CUSTOMER_LIMITS } from '@/api/schemas/customers';
import {
  CUSTOMER_UPDATE_CLASS_NAMES,
  putCustomerBranch,
  putCustomerCreditLimit,
  putCustomerCreditRatingAndSource,
  putCustomerData,
  putCustomerEmail,
  putCustomerIdentity,
  putCustomerMobileNumber,
  putCustomerNumber,
} from '@/api/schemas/customer-updates';
import type { OperationId } from '@/api/schemas/operations';
import type * as z from 'zod/mini';
import { customerNumberAlreadyExists } from '../errors/error-messages';
import { invalidField } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { RoleMessageStyle } from '../http/guards';
import type { ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { customerJsonV310 } from '../json/customer-json';
import { formatObpDate, isValidObpDate } from '../json/obp-dates';
import type { CustomerRecord } from '../repositories/customer-repository';
import type { CustomerChanges } from '../repositories/customer-update-repository';
import { checkColumns, type ColumnCheck } from './customer-record-input';
import { checkAmount, checkNotInFuture, checkPhoneNumber } from './input-checks';
import type { RouteContext } from './route-context';

type Suffix = keyof typeof CUSTOMER_UPDATE_CLASS_NAMES;

type Update<Schema extends z.ZodMiniType> = {
  suffix: Suffix;
  operation: OperationId;
  schema: Schema;
  /** What lift-json's extraction also refuses (dates that do not exist, Ints beyond 32 bits). */
  extractable?: (body: z.output<Schema>) => boolean;
  /** The columns the update writes, with their limits. */
  columns: (body: z.output<Schema>) => ColumnCheck[];
  changes: (body: z.output<Schema>) => CustomerChanges;
  /** Checks after the customer is found (the number must be free at the bank). */
  check?: (body: z.output<Schema>, customer: CustomerRecord) => void;
  /** The `input-checks` extension's checks of the values (input-checks.ts). */
  inputCheck?: (body: z.output<Schema>, now: number) => void;
};

const INT_MAXIMUM = 2_147_483_647;

/**
 * The v3.1.0 PUT field updates (contract §2.13–2.21): auth → bank → role → JSON → customer → update, 200
 * `CustomerJsonV310`; only the named fields change. Stricter than OBP: the customer must be one of the bank's.
 */
export function customerUpdateRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const route = <Schema extends z.ZodMiniType>(update: Update<Schema>): ObpRoute => ({
    method: 'PUT',
    url: `/banks/:bankId/customers/:customerId/${update.suffix}`,
    implementedIn: 'v3.1.0',
    operation: update.operation,
    handler: (request) => {
      const { bankId, customerId } = request.params as { bankId: string; customerId: string };
      const user = guards.authenticate(request);
      guards.requireBank(bankId);
      // The credit rating accepts either of two roles (hasAtLeastOneEntitlement); the others check one (hasEntitlement).
      const style: RoleMessageStyle = update.operation === 'updateCustomerCreditRatingAndSource' ? 'for-bank-id' : 'at-bank';
      guards.requireRoles(user, update.operation, bankId, style);
      const body = extractBody(request.body, update.schema, CUSTOMER_UPDATE_CLASS_NAMES[update.suffix], update.extractable);
      const customer = guards.requireCustomerAtBank(customerId, bankId);
      update.check?.(body, customer);
      checkColumns(update.columns(body));
      if (config.extensions.has('input-checks')) update.inputCheck?.(body, config.now());
      const updated = repositories.customerUpdates.update(customerId, update.changes(body), formatObpDate(config.now()));
      return customerJsonV310(updated!);
    },
  });

  return [
    route({
      suffix: 'email',
      operation: 'updateCustomerEmail',
      schema: putCustomerEmail,
      columns: (body) => [['email', body.email, CUSTOMER_LIMITS.email]],
      changes: (body) => ({ email: body.email }),
    }),
    route({
      suffix: 'number',
      operation: 'updateCustomerNumber',
      schema: putCustomerNumber,
      columns: (body) => [['customer_number', body.customer_number, CUSTOMER_LIMITS.customer_number]],
      changes: (body) => ({ customerNumber: body.customer_number }),
      // OBP counts every customer of the bank with that number, the customer's own current number included.
      check: (body, customer) => {
        if (repositories.customers.isNumberTaken(customer.bankId, body.customer_number)) {
          throw badRequest(customerNumberAlreadyExists(body.customer_number, customer.bankId));
        }
      },
    }),
    route({
      suffix: 'mobile-number',
      operation: 'updateCustomerMobileNumber',
      schema: putCustomerMobileNumber,
      columns: (body) => [['mobile_phone_number', body.mobile_phone_number, CUSTOMER_LIMITS.mobile_phone_number]],
      changes: (body) => ({ mobilePhoneNumber: body.mobile_phone_number }),
      inputCheck: (body) => checkPhoneNumber(body.mobile_phone_number, 'mobile_phone_number'),
    }),
    route({
      suffix: 'identity',
      operation: 'updateCustomerIdentity',
      schema: putCustomerIdentity,
      extractable: (body) => isValidObpDate(body.date_of_birth),
      columns: (body) => [
        ['legal_name', body.legal_name, CUSTOMER_LIMITS.legal_name],
        ['title', body.title, CUSTOMER_LIMITS.title],
        ['name_suffix', body.name_suffix, CUSTOMER_LIMITS.name_suffix],
      ],
      changes: (body) => ({ legalName: body.legal_name, dateOfBirth: body.date_of_birth, title: body.title, nameSuffix: body.name_suffix }),
      inputCheck: (body, now) => checkNotInFuture(body.date_of_birth, 'date_of_birth', now),
    }),
    route({
      suffix: 'credit-limit',
      operation: 'updateCustomerCreditLimit',
      schema: putCustomerCreditLimit,
      columns: (body) => [
        ['credit_limit.currency', body.credit_limit.currency, CUSTOMER_LIMITS.credit_field],
        ['credit_limit.amount', body.credit_limit.amount, CUSTOMER_LIMITS.credit_field],
      ],
      changes: (body) => ({ creditLimitCurrency: body.credit_limit.currency, creditLimitAmount: body.credit_limit.amount }),
      inputCheck: (body) => checkAmount(body.credit_limit.amount, body.credit_limit.currency, 'credit_limit.amount'),
    }),
    route({
      suffix: 'credit-rating-and-source',
      operation: 'updateCustomerCreditRatingAndSource',
      schema: putCustomerCreditRatingAndSource,
      columns: (body) => [
        ['credit_rating', body.credit_rating, CUSTOMER_LIMITS.credit_field],
        ['credit_source', body.credit_source, CUSTOMER_LIMITS.credit_field],
      ],
      changes: (body) => ({ creditRating: body.credit_rating, creditSource: body.credit_source }),
    }),
    route({
      suffix: 'branch',
      operation: 'updateCustomerBranch',
      schema: putCustomerBranch,
      columns: (body) => [['branch_id', body.branch_id, CUSTOMER_LIMITS.branch_id]],
      changes: (body) => ({ branchId: body.branch_id }),
    }),
    route({
      suffix: 'data',
      operation: 'updateCustomerData',
      schema: putCustomerData,
      extractable: (body) => isValidObpDate(body.face_image.date) && body.dependants <= INT_MAXIMUM,
      columns: (body) => [
        ['face_image.url', body.face_image.url, CUSTOMER_LIMITS.face_image_url],
        ['relationship_status', body.relationship_status, CUSTOMER_LIMITS.relationship_status],
        ['highest_education_attained', body.highest_education_attained, CUSTOMER_LIMITS.highest_education_attained],
        ['employment_status', body.employment_status, CUSTOMER_LIMITS.employment_status],
      ],
      // Stricter than OBP, which stores any Int; the dates of birth of the dependants are left as they are (as OBP).
      check: (body) => {
        if (body.dependants < 0) throw badRequest(invalidField('dependants', 'must not be negative.'));
      },
      inputCheck: (body, now) => checkNotInFuture(body.face_image.date, 'face_image.date', now),
      changes: (body) => ({
        faceImageUrl: body.face_image.url,
        faceImageDate: body.face_image.date,
        relationshipStatus: body.relationship_status,
        dependants: body.dependants,
        highestEducationAttained: body.highest_education_attained,
        employmentStatus: body.employment_status,
      }),
    }),
  ];
}
