import { AUDIT_MIGRATIONS } from './audit-migrations';
import { SECURITY_MIGRATIONS } from './security-migrations';
import { CUSTOMER_API_MIGRATIONS } from './customer-api-migrations';
import { LOAD_MIGRATIONS } from './load-migrations';
import { DESK_MIGRATIONS } from './desk-migrations';
import type { SandboxDatabase } from './sandbox-database';

/**
 * Schema migrations, in code, applied in version order and recorded one by one in `schema_migrations`. A migration is never edited
 * once released; later issues add their tables (addresses, tax residences, social media handles, KYC, meetings, CRM
 * events…) as new entries. Tables are named after OBP's resources; ids are OBP's string ids, and every customer
 * sub-resource refers to `customers(customer_id)`.
 *
 * Uniqueness is declared with `CREATE UNIQUE INDEX` rather than table constraints so that a bulk seed can drop and
 * rebuild every index of `customers` (see seed/bulk-load.ts).
 */
export type Migration = { version: number; description: string; up: (database: SandboxDatabase) => void };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'banks, consumers, users and entitlements, DirectLogin tokens, customers with their phone index, links, attributes',
    up: (database) =>
      database.exec(`
        CREATE TABLE banks (
          bank_id TEXT PRIMARY KEY,
          bank_code TEXT NOT NULL,
          short_name TEXT NOT NULL,
          full_name TEXT NOT NULL,
          logo_url TEXT NOT NULL DEFAULT '',
          website_url TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE bank_routings (
          bank_id TEXT NOT NULL REFERENCES banks (bank_id) ON DELETE CASCADE,
          scheme TEXT NOT NULL,
          address TEXT NOT NULL,
          PRIMARY KEY (bank_id, scheme)
        );

        CREATE TABLE consumers (
          consumer_id TEXT PRIMARY KEY,
          consumer_key TEXT NOT NULL UNIQUE,
          app_name TEXT NOT NULL,
          is_enabled INTEGER NOT NULL CHECK (is_enabled IN (0, 1)),
          created_at TEXT NOT NULL
        );

        CREATE TABLE users (
          user_id TEXT PRIMARY KEY,
          username TEXT NOT NULL UNIQUE,
          email TEXT NOT NULL,
          provider TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          -- consecutive failed DirectLogins since the last success; locked_until is epoch milliseconds
          failed_login_count INTEGER NOT NULL DEFAULT 0,
          locked_until INTEGER,
          created_at TEXT NOT NULL
        );

        CREATE TABLE entitlements (
          entitlement_id TEXT PRIMARY KEY,
          user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
          -- "" for a role granted at any bank
          bank_id TEXT NOT NULL,
          role_name TEXT NOT NULL,
          UNIQUE (user_id, bank_id, role_name)
        );

        CREATE TABLE direct_login_tokens (
          -- SHA-256 of the token, hex; the token itself is never stored
          token_hash TEXT PRIMARY KEY,
          user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
          consumer_id TEXT NOT NULL REFERENCES consumers (consumer_id) ON DELETE CASCADE,
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL
        );
        CREATE INDEX direct_login_tokens_by_expiry ON direct_login_tokens (expires_at);

        CREATE TABLE customers (
          -- the rowid, also the rowid of the phone index; never changes
          id INTEGER PRIMARY KEY,
          customer_id TEXT NOT NULL,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          customer_number TEXT NOT NULL,
          legal_name TEXT NOT NULL,
          mobile_phone_number TEXT NOT NULL,
          email TEXT NOT NULL DEFAULT '',
          face_image_url TEXT NOT NULL DEFAULT '',
          -- dates as OBP renders them, yyyy-MM-ddTHH:mm:ssZ (UTC), so they sort as text; NULL when unset
          face_image_date TEXT,
          date_of_birth TEXT,
          relationship_status TEXT NOT NULL DEFAULT '',
          dependants INTEGER NOT NULL DEFAULT 0,
          -- JSON array of dates, in the order posted
          dob_of_dependants TEXT NOT NULL DEFAULT '[]',
          highest_education_attained TEXT NOT NULL DEFAULT '',
          employment_status TEXT NOT NULL DEFAULT '',
          kyc_status INTEGER NOT NULL DEFAULT 0 CHECK (kyc_status IN (0, 1)),
          last_ok_date TEXT,
          credit_rating TEXT NOT NULL DEFAULT '',
          credit_source TEXT NOT NULL DEFAULT '',
          credit_limit_currency TEXT NOT NULL DEFAULT '',
          credit_limit_amount TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '',
          branch_id TEXT NOT NULL DEFAULT '',
          name_suffix TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX customers_by_customer_id ON customers (customer_id);
        CREATE UNIQUE INDEX customers_by_bank_and_number ON customers (bank_id, customer_number);
        -- exact and prefix phone searches, and the scan of one bank's numbers when no index can help
        CREATE INDEX customers_by_bank_and_mobile ON customers (bank_id, mobile_phone_number);
        -- GET /banks/BANK_ID/customers: ordered by last_ok_date, then id
        CREATE INDEX customers_by_bank_and_last_ok_date ON customers (bank_id, last_ok_date, id);

        -- Trigram index of mobile numbers for LIKE patterns with a literal run of 3+ characters. External content
        -- (the customers table), detail=none: the index only finds candidates, every candidate is verified.
        CREATE VIRTUAL TABLE customer_mobile_trigrams USING fts5 (
          mobile_phone_number,
          content = 'customers',
          content_rowid = 'id',
          tokenize = 'trigram case_sensitive 1',
          detail = none
        );
        CREATE TRIGGER customers_mobile_trigrams_after_insert AFTER INSERT ON customers BEGIN
          INSERT INTO customer_mobile_trigrams (rowid, mobile_phone_number) VALUES (new.id, new.mobile_phone_number);
        END;
        CREATE TRIGGER customers_mobile_trigrams_after_delete AFTER DELETE ON customers BEGIN
          INSERT INTO customer_mobile_trigrams (customer_mobile_trigrams, rowid, mobile_phone_number)
            VALUES ('delete', old.id, old.mobile_phone_number);
        END;
        CREATE TRIGGER customers_mobile_trigrams_after_update AFTER UPDATE OF mobile_phone_number ON customers BEGIN
          INSERT INTO customer_mobile_trigrams (customer_mobile_trigrams, rowid, mobile_phone_number)
            VALUES ('delete', old.id, old.mobile_phone_number);
          INSERT INTO customer_mobile_trigrams (rowid, mobile_phone_number) VALUES (new.id, new.mobile_phone_number);
        END;

        CREATE TABLE user_customer_links (
          user_customer_link_id TEXT PRIMARY KEY,
          user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          date_inserted TEXT NOT NULL,
          is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
          UNIQUE (user_id, customer_id)
        );
        CREATE INDEX user_customer_links_by_customer ON user_customer_links (customer_id);

        CREATE TABLE customer_attributes (
          customer_attribute_id TEXT PRIMARY KEY,
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          name TEXT NOT NULL,
          type TEXT NOT NULL CHECK (type IN ('STRING', 'INTEGER', 'DOUBLE', 'DATE_WITH_DAY')),
          value TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX customer_attributes_by_customer ON customer_attributes (customer_id);
      `),
  },
  {
    version: 2,
    description: 'the customer record: addresses, tax residences, social media handles, KYC, credit-limit requests',
    up: (database) =>
      database.exec(`
        CREATE TABLE customer_addresses (
          -- the rowid orders a customer's addresses as they were added
          id INTEGER PRIMARY KEY,
          customer_address_id TEXT NOT NULL UNIQUE,
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          line_1 TEXT NOT NULL,
          line_2 TEXT NOT NULL,
          line_3 TEXT NOT NULL,
          city TEXT NOT NULL,
          county TEXT NOT NULL,
          state TEXT NOT NULL,
          postcode TEXT NOT NULL,
          country_code TEXT NOT NULL,
          -- joined with "," as OBP stores them (20 characters); never contains an empty tag
          tags TEXT NOT NULL,
          status TEXT NOT NULL,
          insert_date TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX customer_addresses_by_customer ON customer_addresses (customer_id, id);

        CREATE TABLE tax_residences (
          id INTEGER PRIMARY KEY,
          tax_residence_id TEXT NOT NULL UNIQUE,
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          domain TEXT NOT NULL,
          tax_number TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX tax_residences_by_customer ON tax_residences (customer_id, domain, tax_number);

        -- Several handles per customer (OBP allows one per customer number); one row per (customer, type, handle).
        CREATE TABLE social_media_handles (
          id INTEGER PRIMARY KEY,
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          customer_number TEXT NOT NULL,
          type TEXT NOT NULL,
          handle TEXT NOT NULL,
          date_added TEXT NOT NULL,
          date_activated TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX social_media_handles_by_customer ON social_media_handles (customer_id, type, handle);

        -- KYC documents, media and checks are upserted by their id, which is unique across customers (as in OBP).
        CREATE TABLE kyc_documents (
          id INTEGER PRIMARY KEY,
          kyc_document_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          customer_number TEXT NOT NULL,
          type TEXT NOT NULL,
          number TEXT NOT NULL,
          issue_date TEXT NOT NULL,
          issue_place TEXT NOT NULL,
          expiry_date TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX kyc_documents_by_customer ON kyc_documents (customer_id, updated_at);

        CREATE TABLE kyc_media (
          id INTEGER PRIMARY KEY,
          kyc_media_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          customer_number TEXT NOT NULL,
          type TEXT NOT NULL,
          url TEXT NOT NULL,
          date TEXT NOT NULL,
          -- "" when the media relates to no document (or check)
          relates_to_kyc_document_id TEXT NOT NULL,
          relates_to_kyc_check_id TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX kyc_media_by_customer ON kyc_media (customer_id, updated_at);

        CREATE TABLE kyc_checks (
          id INTEGER PRIMARY KEY,
          kyc_check_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          customer_number TEXT NOT NULL,
          date TEXT NOT NULL,
          how TEXT NOT NULL,
          staff_user_id TEXT NOT NULL,
          staff_name TEXT NOT NULL,
          satisfied INTEGER NOT NULL CHECK (satisfied IN (0, 1)),
          comments TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX kyc_checks_by_customer ON kyc_checks (customer_id, updated_at);

        -- Every status ever set (OBP keeps one per customer): the rowid orders the history.
        CREATE TABLE kyc_statuses (
          id INTEGER PRIMARY KEY,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          customer_number TEXT NOT NULL,
          ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
          date TEXT NOT NULL,
          -- who set it and when (not in OBP's JSON)
          staff_user_id TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX kyc_statuses_by_customer ON kyc_statuses (customer_id, id);

        -- Removed from OBP in 2023 (contract §2.5); the sandbox stores them for real.
        CREATE TABLE credit_limit_requests (
          id INTEGER PRIMARY KEY,
          credit_limit_request_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          requested_current_rate_amount1 TEXT NOT NULL,
          requested_current_rate_amount2 TEXT NOT NULL,
          requested_current_valid_end_date TEXT NOT NULL,
          current_credit_documentation TEXT NOT NULL,
          temporary_requested_current_amount TEXT NOT NULL,
          requested_temporary_valid_end_date TEXT NOT NULL,
          temporary_credit_documentation TEXT NOT NULL,
          status TEXT NOT NULL,
          -- CreditLimitOrderJson: what the bank offered ("" while the request is pending)
          rank_amount_1 TEXT NOT NULL,
          nominal_interest_1 TEXT NOT NULL,
          rank_amount_2 TEXT NOT NULL,
          nominal_interest_2 TEXT NOT NULL,
          short_reference TEXT NOT NULL,
          -- the staff user who recorded the request
          staff_user_id TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX credit_limit_requests_by_customer ON credit_limit_requests (customer_id, id);
      `),
  },
  {
    version: 10,
    description: 'meetings with their invitees, CRM events (contract §H)',
    up: (database) =>
      database.exec(`
        CREATE TABLE meetings (
          -- the rowid breaks ties between meetings at the same time: the later created first
          id INTEGER PRIMARY KEY,
          meeting_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          -- OBP's mCustomerUserId: the user who created the meeting
          customer_user_id TEXT NOT NULL,
          -- never set by OBP; the sandbox records the creating staff user too
          staff_user_id TEXT NOT NULL DEFAULT '',
          provider_id TEXT NOT NULL,
          purpose_id TEXT NOT NULL,
          -- TokBox keys, always "" (OBP's video code is commented out)
          session_id TEXT NOT NULL DEFAULT '',
          customer_token TEXT NOT NULL DEFAULT '',
          staff_token TEXT NOT NULL DEFAULT '',
          -- OBP's mWhen, yyyy-MM-ddTHH:mm:ssZ (UTC), so it sorts as text
          when_at TEXT NOT NULL,
          creator_name TEXT NOT NULL,
          creator_phone TEXT NOT NULL,
          creator_email TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        -- GET /banks/BANK_ID/meetings: newest first
        CREATE INDEX meetings_by_bank_and_when ON meetings (bank_id, when_at, id);

        CREATE TABLE meeting_invitees (
          -- the rowid is the order the invitees were posted in
          id INTEGER PRIMARY KEY,
          meeting_id TEXT NOT NULL REFERENCES meetings (meeting_id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          mobile_phone TEXT NOT NULL,
          email_address TEXT NOT NULL,
          status TEXT NOT NULL
        );
        CREATE INDEX meeting_invitees_by_meeting ON meeting_invitees (meeting_id, id);

        CREATE TABLE crm_events (
          id INTEGER PRIMARY KEY,
          crm_event_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          -- the customer by name and number, as OBP keeps them (no API creates CRM events; the seed does)
          customer_name TEXT NOT NULL,
          customer_number TEXT NOT NULL,
          category TEXT NOT NULL,
          detail TEXT NOT NULL,
          channel TEXT NOT NULL,
          -- NULL when not scheduled (an inbound contact) or not happened yet
          scheduled_date TEXT,
          actual_date TEXT,
          result TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX crm_events_by_bank ON crm_events (bank_id, id);
      `),
  },
  {
    version: 40,
    description: 'entitlement requests (OBP MappedEntitlementRequest; issue 8 §8)',
    up: (database) =>
      database.exec(`
        CREATE TABLE entitlement_requests (
          -- the rowid is OBP's primary key: lists come in the order the requests were made
          id INTEGER PRIMARY KEY,
          entitlement_request_id TEXT NOT NULL UNIQUE,
          -- "" for a role requested at any bank, as entitlements
          bank_id TEXT NOT NULL,
          user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
          -- OBP's mRoleName, 64 characters
          role_name TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        -- OBP checks for a duplicate before it inserts (OBP-30214); the index closes the race it leaves open
        CREATE UNIQUE INDEX entitlement_requests_by_user ON entitlement_requests (user_id, bank_id, role_name);
      `),
  },
  ...CUSTOMER_API_MIGRATIONS,
];

/** In version order whatever the order they were written in, so parallel work can append without renumbering. */
const ORDERED_MIGRATIONS = [...MIGRATIONS, ...SECURITY_MIGRATIONS, ...AUDIT_MIGRATIONS, ...DESK_MIGRATIONS, ...LOAD_MIGRATIONS].sort((first, second) => first.version - second.version);
export const LATEST_SCHEMA_VERSION = ORDERED_MIGRATIONS[ORDERED_MIGRATIONS.length - 1]!.version;

/**
 * Applies every migration not yet recorded in `schema_migrations`, in version order. Each applied version is recorded
 * on its own, so a migration merged from a parallel branch with a lower number than one already applied still runs
 * (with `user_version` alone it would be skipped). A database from before this table existed has every version up to
 * its `user_version` recorded as applied, which is what that scheme guaranteed.
 */
export function migrate(database: SandboxDatabase): void {
  applyMigrations(database, ORDERED_MIGRATIONS);
}

export function applyMigrations(database: SandboxDatabase, migrations: readonly Migration[]): void {
  const ordered = [...migrations].sort((first, second) => first.version - second.version);
  const latest = ordered[ordered.length - 1]?.version ?? 0;
  const current = database.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new Error(`The database is at schema version ${current}, newer than this sandbox (${latest}).`);
  database.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)');
  const record = database.prepare('INSERT OR IGNORE INTO schema_migrations (version, description) VALUES (?, ?)');
  const recorded = database.prepare('SELECT count(*) AS count FROM schema_migrations').get() as { count: number };
  if (recorded.count === 0 && current > 0) {
    database.transaction(() => {
      for (const migration of ordered) if (migration.version <= current) record.run(migration.version, migration.description);
    })();
  }
  const applied = new Set((database.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version));
  for (const migration of ordered) {
    if (applied.has(migration.version)) continue;
    database.transaction(() => {
      migration.up(database);
      record.run(migration.version, migration.description);
      database.pragma(`user_version = ${Math.max(migration.version, database.pragma('user_version', { simple: true }) as number)}`);
    })();
  }
}
