import type { Migration } from './migrations';

/**
 * Migrations of issue 10's audit work (versions 60–69): every version of KYC checks, documents and media.
 */
export const AUDIT_MIGRATIONS: readonly Migration[] = [
  {
    version: 60,
    description: 'every version of KYC checks, documents and media (who, when, what), as KYC statuses keep every status',
    up: (database) =>
      database.exec(`
        -- One row per PUT of a KYC check, document or media item: the item's OBP JSON as it was written, who wrote it
        -- and when. The item tables keep the latest version (what OBP's GET lists answer); this keeps them all.
        CREATE TABLE kyc_item_versions (
          id INTEGER PRIMARY KEY,
          -- 'check', 'document' or 'media'
          kind TEXT NOT NULL CHECK (kind IN ('check', 'document', 'media')),
          item_id TEXT NOT NULL,
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          -- 1 for the first write of the id, then one more for each write
          version INTEGER NOT NULL,
          -- the signed-in user who wrote it ("" for a version from before versions were kept)
          user_id TEXT NOT NULL,
          username TEXT NOT NULL,
          -- OBP date (yyyy-MM-ddTHH:mm:ssZ)
          recorded_at TEXT NOT NULL,
          -- the item as written: the repository's record (KycCheckRecord / KycDocumentRecord / KycMediaRecord) as JSON
          value TEXT NOT NULL
        );
        CREATE UNIQUE INDEX kyc_item_versions_by_item ON kyc_item_versions (kind, item_id, version);
        CREATE INDEX kyc_item_versions_by_customer ON kyc_item_versions (customer_id, kind);

        -- Items written before this migration keep their one known version, by no one known.
        INSERT INTO kyc_item_versions (kind, item_id, customer_id, version, user_id, username, recorded_at, value)
          SELECT 'check', kyc_check_id, customer_id, 1, '', '', updated_at,
            json_object('kycCheckId', kyc_check_id, 'bankId', bank_id, 'customerId', customer_id, 'customerNumber', customer_number,
              'date', date, 'how', how, 'staffUserId', staff_user_id, 'staffName', staff_name,
              'satisfied', json(CASE satisfied WHEN 1 THEN 'true' ELSE 'false' END), 'comments', comments)
          FROM kyc_checks;
        INSERT INTO kyc_item_versions (kind, item_id, customer_id, version, user_id, username, recorded_at, value)
          SELECT 'document', kyc_document_id, customer_id, 1, '', '', updated_at,
            json_object('kycDocumentId', kyc_document_id, 'bankId', bank_id, 'customerId', customer_id, 'customerNumber', customer_number,
              'type', type, 'number', number, 'issueDate', issue_date, 'issuePlace', issue_place, 'expiryDate', expiry_date)
          FROM kyc_documents;
        INSERT INTO kyc_item_versions (kind, item_id, customer_id, version, user_id, username, recorded_at, value)
          SELECT 'media', kyc_media_id, customer_id, 1, '', '', updated_at,
            json_object('kycMediaId', kyc_media_id, 'bankId', bank_id, 'customerId', customer_id, 'customerNumber', customer_number,
              'type', type, 'url', url, 'date', date, 'relatesToKycDocumentId', relates_to_kyc_document_id,
              'relatesToKycCheckId', relates_to_kyc_check_id)
          FROM kyc_media;
      `),
  },
];
