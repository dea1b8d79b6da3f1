import type { SandboxDatabase } from '../database/sandbox-database';

/** A credit-limit request as stored (contract §2.5): what was asked, what the bank offered, who recorded it. */
export type CreditLimitRequestRecord = {
  creditLimitRequestId: string;
  bankId: string;
  customerId: string;
  requestedCurrentRateAmount1: string;
  requestedCurrentRateAmount2: string;
  requestedCurrentValidEndDate: string;
  currentCreditDocumentation: string;
  temporaryRequestedCurrentAmount: string;
  requestedTemporaryValidEndDate: string;
  temporaryCreditDocumentation: string;
  status: 'PENDING' | 'APPROVED' | 'DECLINED';
  rankAmount1: string;
  nominalInterest1: string;
  rankAmount2: string;
  nominalInterest2: string;
  shortReference: string;
  staffUserId: string;
  createdAt: string;
};

type CreditLimitRequestRow = {
  credit_limit_request_id: string;
  bank_id: string;
  customer_id: string;
  requested_current_rate_amount1: string;
  requested_current_rate_amount2: string;
  requested_current_valid_end_date: string;
  current_credit_documentation: string;
  temporary_requested_current_amount: string;
  requested_temporary_valid_end_date: string;
  temporary_credit_documentation: string;
  status: CreditLimitRequestRecord['status'];
  rank_amount_1: string;
  nominal_interest_1: string;
  rank_amount_2: string;
  nominal_interest_2: string;
  short_reference: string;
  staff_user_id: string;
  created_at: string;
};

const COLUMNS = `credit_limit_request_id, bank_id, customer_id, requested_current_rate_amount1, requested_current_rate_amount2,
  requested_current_valid_end_date, current_credit_documentation, temporary_requested_current_amount,
  requested_temporary_valid_end_date, temporary_credit_documentation, status, rank_amount_1, nominal_interest_1,
  rank_amount_2, nominal_interest_2, short_reference, staff_user_id, created_at`;

const toRecord = (row: CreditLimitRequestRow): CreditLimitRequestRecord => ({
  creditLimitRequestId: row.credit_limit_request_id,
  bankId: row.bank_id,
  customerId: row.customer_id,
  requestedCurrentRateAmount1: row.requested_current_rate_amount1,
  requestedCurrentRateAmount2: row.requested_current_rate_amount2,
  requestedCurrentValidEndDate: row.requested_current_valid_end_date,
  currentCreditDocumentation: row.current_credit_documentation,
  temporaryRequestedCurrentAmount: row.temporary_requested_current_amount,
  requestedTemporaryValidEndDate: row.requested_temporary_valid_end_date,
  temporaryCreditDocumentation: row.temporary_credit_documentation,
  status: row.status,
  rankAmount1: row.rank_amount_1,
  nominalInterest1: row.nominal_interest_1,
  rankAmount2: row.rank_amount_2,
  nominalInterest2: row.nominal_interest_2,
  shortReference: row.short_reference,
  staffUserId: row.staff_user_id,
  createdAt: row.created_at,
});

/** A short reference a customer can quote on the phone, e.g. CLR-3F9A1C. */
export const shortReferenceOf = (creditLimitRequestId: string) => `CLR-${creditLimitRequestId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;

export type CreditLimitRequestRepository = ReturnType<typeof createCreditLimitRequestRepository>;

export function createCreditLimitRequestRepository(database: SandboxDatabase) {
  const insert = database.prepare(`INSERT INTO credit_limit_requests (${COLUMNS}) VALUES (${Array.from({ length: 18 }, () => '?').join(', ')})`);
  // Newest first; requests made in the same second, the later one first.
  const ofCustomer = database.prepare<[string], CreditLimitRequestRow>(
    `SELECT ${COLUMNS} FROM credit_limit_requests WHERE customer_id = ? ORDER BY created_at DESC, id DESC`,
  );
  const byIdOfCustomer = database.prepare<[string, string], CreditLimitRequestRow>(
    `SELECT ${COLUMNS} FROM credit_limit_requests WHERE credit_limit_request_id = ? AND customer_id = ?`,
  );

  return {
    create(request: CreditLimitRequestRecord): void {
      insert.run(
        request.creditLimitRequestId,
        request.bankId,
        request.customerId,
        request.requestedCurrentRateAmount1,
        request.requestedCurrentRateAmount2,
        request.requestedCurrentValidEndDate,
        request.currentCreditDocumentation,
        request.temporaryRequestedCurrentAmount,
        request.requestedTemporaryValidEndDate,
        request.temporaryCreditDocumentation,
        request.status,
        request.rankAmount1,
        request.nominalInterest1,
        request.rankAmount2,
        request.nominalInterest2,
        request.shortReference,
        request.staffUserId,
        request.createdAt,
      );
    },
    ofCustomer(customerId: string): CreditLimitRequestRecord[] {
      return ofCustomer.all(customerId).map(toRecord);
    },
    /** The request, only if it is this customer's. */
    findOfCustomer(creditLimitRequestId: string, customerId: string): CreditLimitRequestRecord | undefined {
      const row = byIdOfCustomer.get(creditLimitRequestId, customerId);
      return row && toRecord(row);
    },
  };
}
