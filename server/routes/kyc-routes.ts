import {
  KYC_LIMITS,
  type kycCheckVersionList,
  type kycDocumentVersionList,
  type kycMediaVersionList,
  putKycCheck,
  putKycDocument,
  putKycMedia,
  putKycStatus,
  type kycCheckList,
  type kycDocumentList,
  type kycMediaList,
  type kycStatusList,
} from '@/api/schemas/kyc';
import type { OperationId } from '@/api/schemas/operations';
import type * as z from 'zod/mini';
import { invalidField, kycUpsertFailed } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRequest, ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { kycCheckJson, kycDocumentJson, kycMediaJson, kycStatusJson } from '../json/customer-record-json';
import { formatObpDate, isValidObpDate } from '../json/obp-dates';
import type { CustomerRecord } from '../repositories/customer-repository';
import type { KycAuthor, KycItemVersion, UpsertOutcome } from '../repositories/kyc-repository';
import type { UserRecord } from '../repositories/user-repository';
import { checkColumns, checkCustomerNumber, checkNotBlank, checkPathId, isWebUrl, requireCustomerAnywhere } from './customer-record-input';
import type { RouteContext } from './route-context';

/**
 * KYC documents, media, checks and statuses (contract §D), all v2.0.0. The reads have no bank in their path and need
 * an any-bank role; the writes are at a bank. Documents, media and checks are upserts keyed by the path id; an id that
 * another customer's record holds is refused (never taken over). Every status set is kept: GET kyc_statuses is the
 * customer's history, newest first (OBP keeps one; so does the sandbox without the kyc-status-history extension).
 * Setting a status also sets the customer's `kyc_status` to it, so the record and every list agree (OBP leaves the
 * customer's flag as it was).
 *
 * Documents, media and checks keep every version (extension kyc-item-versions): a PUT with an existing id makes the
 * new body the item's latest version — the one OBP's lists answer, one row per id — and the version it replaces stays,
 * with who wrote each and when, served at `GET /obp/v5.1.0/sandbox/banks/BANK_ID/customers/CUSTOMER_ID/kyc_checks
 * [/KYC_CHECK_ID]/versions` (and `kyc_documents`, `kyc_media`). Versions are recorded whether or not the extension is
 * on (the answers are OBP's either way); without it the versions endpoints are not served (OBP's 404).
 */
export function kycRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const { kyc } = repositories;

  /** GET /customers/CUSTOMER_ID/kyc_*: auth → any-bank role → customer (at any bank: there is no bank to isolate). */
  const read = <Body>(suffix: string, operation: OperationId, list: (customer: CustomerRecord) => Body): ObpRoute => ({
    method: 'GET',
    url: `/customers/:customerId/${suffix}`,
    implementedIn: 'v2.0.0',
    operation,
    handler: (request) => {
      const { customerId } = request.params as { customerId: string };
      const user = guards.authenticate(request);
      guards.requireRoles(user, operation, '', 'at-bank');
      return list(requireCustomerAnywhere(repositories, customerId));
    },
  });

  /** PUT /banks/BANK_ID/customers/CUSTOMER_ID/…: auth → bank role → bank → customer; the JSON comes next. */
  const writeContext = (request: ObpRequest, operation: OperationId): { user: UserRecord; customer: CustomerRecord; bankId: string } => {
    const { bankId, customerId } = request.params as { bankId: string; customerId: string };
    const user = guards.authenticate(request);
    guards.requireRoles(user, operation, bankId, 'at-bank');
    guards.requireBank(bankId);
    return { user, customer: guards.requireCustomerAtBank(customerId, bankId), bankId };
  };

  const created = (outcome: UpsertOutcome, kind: Parameters<typeof kycUpsertFailed>[0]) => {
    if (outcome === 'taken') throw badRequest(kycUpsertFailed(kind));
  };
  const authorOf = (user: UserRecord): KycAuthor => ({ userId: user.userId, username: user.username });

  /**
   * GET /sandbox/banks/BANK_ID/customers/CUSTOMER_ID/<plural>[/ITEM_ID]/versions: auth → the item's any-bank read
   * role → bank → customer at that bank. An id the customer has no item with has no versions (an empty list).
   */
  const versions = <Record_, Body>(
    plural: string,
    idParameter: string,
    operation: OperationId,
    versionsOf: (customerId: string, itemId?: string) => Array<KycItemVersion<Record_>>,
    toJson: (version: KycItemVersion<Record_>) => Body,
  ): ObpRoute[] => {
    const handler = (request: ObpRequest): { versions: Body[] } => {
      const params = request.params as Record<string, string>;
      const { bankId = '', customerId = '' } = params;
      const user = guards.authenticate(request);
      guards.requireRoles(user, operation, '', 'at-bank');
      guards.requireBank(bankId);
      const customer = guards.requireCustomerAtBank(customerId, bankId);
      return { versions: versionsOf(customer.customerId, params[idParameter]).map(toJson) };
    };
    const base = `/sandbox/banks/:bankId/customers/:customerId/${plural}`;
    return [
      { method: 'GET', url: `${base}/versions`, implementedIn: 'v5.1.0', operation, handler },
      { method: 'GET', url: `${base}/:${idParameter}/versions`, implementedIn: 'v5.1.0', operation, handler },
    ];
  };
  const versionFields = <Record_>(version: KycItemVersion<Record_>) => ({
    id: version.itemId,
    version: version.version,
    recorded_at: version.recordedAt,
    user_id: version.userId,
    username: version.username,
  });
  const versionRoutes: ObpRoute[] = config.extensions.has('kyc-item-versions')
    ? [
        ...versions('kyc_checks', 'kycCheckId', 'getKycCheckVersions', kyc.checks.versionsOf, (version): z.infer<typeof kycCheckVersionList>['versions'][number] => ({
          ...versionFields(version),
          kyc_check: kycCheckJson(version.item),
        })),
        ...versions('kyc_documents', 'kycDocumentId', 'getKycDocumentVersions', kyc.documents.versionsOf, (version): z.infer<typeof kycDocumentVersionList>['versions'][number] => ({
          ...versionFields(version),
          kyc_document: kycDocumentJson(version.item),
        })),
        ...versions('kyc_media', 'kycMediaId', 'getKycMediaVersions', kyc.media.versionsOf, (version): z.infer<typeof kycMediaVersionList>['versions'][number] => ({
          ...versionFields(version),
          kyc_media: kycMediaJson(version.item),
        })),
      ]
    : [];

  return [
    ...versionRoutes,
    read('kyc_documents', 'getKycDocuments', (customer): z.infer<typeof kycDocumentList> => ({
      documents: kyc.documents.ofCustomer(customer.customerId).map(kycDocumentJson),
    })),
    read('kyc_media', 'getKycMedia', (customer): z.infer<typeof kycMediaList> => ({
      medias: kyc.media.ofCustomer(customer.customerId).map(kycMediaJson),
    })),
    read('kyc_checks', 'getKycChecks', (customer): z.infer<typeof kycCheckList> => ({
      checks: kyc.checks.ofCustomer(customer.customerId).map(kycCheckJson),
    })),
    read('kyc_statuses', 'getKycStatuses', (customer): z.infer<typeof kycStatusList> => ({
      statuses: kyc.statusesOfCustomer(customer.customerId).map(kycStatusJson),
    })),
    {
      method: 'PUT',
      url: '/banks/:bankId/customers/:customerId/kyc_documents/:kycDocumentId',
      implementedIn: 'v2.0.0',
      operation: 'addKycDocument',
      handler: (request, reply) => {
        const { kycDocumentId } = request.params as { kycDocumentId: string };
        const { user, customer, bankId } = writeContext(request, 'addKycDocument');
        const body = extractBody(request.body, putKycDocument, 'PostKycDocumentJSON', (value) => isValidObpDate(value.issue_date) && isValidObpDate(value.expiry_date));
        checkPathId('KYC_DOCUMENT_ID', kycDocumentId);
        checkCustomerNumber(body.customer_number, customer);
        checkNotBlank([['type', body.type], ['number', body.number]]);
        checkColumns([
          ['type', body.type, KYC_LIMITS.document_type],
          ['number', body.number, KYC_LIMITS.document_number],
          ['issue_place', body.issue_place, KYC_LIMITS.issue_place],
        ]);
        if (body.expiry_date < body.issue_date) throw badRequest(invalidField('expiry_date', 'must not be before issue_date.'));
        const document = {
          kycDocumentId,
          bankId,
          customerId: customer.customerId,
          customerNumber: body.customer_number,
          type: body.type,
          number: body.number,
          issueDate: body.issue_date,
          issuePlace: body.issue_place,
          expiryDate: body.expiry_date,
        };
        created(kyc.documents.upsert(document, formatObpDate(config.now()), authorOf(user)), 'KycDocument');
        return reply.code(201).send(kycDocumentJson(document));
      },
    },
    {
      method: 'PUT',
      url: '/banks/:bankId/customers/:customerId/kyc_media/:kycMediaId',
      implementedIn: 'v2.0.0',
      operation: 'addKycMedia',
      handler: (request, reply) => {
        const { kycMediaId } = request.params as { kycMediaId: string };
        const { user, customer, bankId } = writeContext(request, 'addKycMedia');
        const body = extractBody(request.body, putKycMedia, 'PostKycMediaJSON', (value) => isValidObpDate(value.date));
        checkPathId('KYC_MEDIA_ID', kycMediaId);
        checkCustomerNumber(body.customer_number, customer);
        checkNotBlank([['type', body.type], ['url', body.url]]);
        checkColumns([
          ['type', body.type, KYC_LIMITS.media_type],
          ['url', body.url, KYC_LIMITS.media_url],
        ]);
        if (!isWebUrl(body.url)) throw badRequest(invalidField('url', 'must be an http or https address.'));
        // Stricter than OBP: media relate only to this customer's own documents and checks.
        const document = body.relates_to_kyc_document_id;
        if (document !== '' && !kyc.documents.findOfCustomer(document, customer.customerId)) {
          throw badRequest(invalidField('relates_to_kyc_document_id', 'names no KYC document of this customer.'));
        }
        const check = body.relates_to_kyc_check_id;
        if (check !== '' && !kyc.checks.findOfCustomer(check, customer.customerId)) {
          throw badRequest(invalidField('relates_to_kyc_check_id', 'names no KYC check of this customer.'));
        }
        const media = {
          kycMediaId,
          bankId,
          customerId: customer.customerId,
          customerNumber: body.customer_number,
          type: body.type,
          url: body.url,
          date: body.date,
          relatesToKycDocumentId: document,
          relatesToKycCheckId: check,
        };
        created(kyc.media.upsert(media, formatObpDate(config.now()), authorOf(user)), 'KycMedia');
        return reply.code(201).send(kycMediaJson(media));
      },
    },
    {
      method: 'PUT',
      // Singular `kyc_check`, unlike the other three (contract §D).
      url: '/banks/:bankId/customers/:customerId/kyc_check/:kycCheckId',
      implementedIn: 'v2.0.0',
      operation: 'addKycCheck',
      handler: (request, reply) => {
        const { kycCheckId } = request.params as { kycCheckId: string };
        const { user, customer, bankId } = writeContext(request, 'addKycCheck');
        const body = extractBody(request.body, putKycCheck, 'PostKycCheckJSON', (value) => isValidObpDate(value.date));
        checkPathId('KYC_CHECK_ID', kycCheckId);
        checkCustomerNumber(body.customer_number, customer);
        checkNotBlank([['how', body.how], ['staff_name', body.staff_name]]);
        checkColumns([
          ['how', body.how, KYC_LIMITS.check_how],
          ['staff_user_id', body.staff_user_id, KYC_LIMITS.staff],
          ['staff_name', body.staff_name, KYC_LIMITS.staff],
          ['comments', body.comments, KYC_LIMITS.comments],
        ]);
        // A check is recorded by the signed-in officer: the record cannot name someone else as the one who made it.
        if (body.staff_user_id !== user.userId) throw badRequest(invalidField('staff_user_id', `must be the id of the signed-in user (${user.userId}).`));
        const check = {
          kycCheckId,
          bankId,
          customerId: customer.customerId,
          customerNumber: body.customer_number,
          date: body.date,
          how: body.how,
          staffUserId: body.staff_user_id,
          staffName: body.staff_name,
          satisfied: body.satisfied,
          comments: body.comments,
        };
        created(kyc.checks.upsert(check, formatObpDate(config.now()), authorOf(user)), 'KycCheck');
        return reply.code(201).send(kycCheckJson(check));
      },
    },
    {
      method: 'PUT',
      url: '/banks/:bankId/customers/:customerId/kyc_statuses',
      implementedIn: 'v2.0.0',
      operation: 'addKycStatus',
      handler: (request, reply) => {
        const { user, customer, bankId } = writeContext(request, 'addKycStatus');
        const body = extractBody(request.body, putKycStatus, 'PostKycStatusJSON', (value) => isValidObpDate(value.date));
        checkCustomerNumber(body.customer_number, customer);
        const status = { bankId, customerId: customer.customerId, customerNumber: body.customer_number, ok: body.ok, date: body.date, staffUserId: user.userId };
        kyc.addStatus(status, formatObpDate(config.now()), { keepHistory: config.extensions.has('kyc-status-history') });
        return reply.code(201).send(kycStatusJson(status));
      },
    },
  ];
}
