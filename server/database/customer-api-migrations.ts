import type { Migration } from './migrations';

/**
 * Tables the OpenWealth (bLink) and bankingservice.ai views of the sandbox need beyond OBP's (issue 9), in this
 * branch's version range 30–39. Everything OBP already holds stays in OBP's tables and is read from there, so a change
 * through one API is visible through the others: a customer is OBP's customer; its holder person, contact details
 * (mobile, email, social handles) and addresses are OBP's rows. Only what OBP has no column for lives here.
 */
export const CUSTOMER_API_MIGRATIONS: readonly Migration[] = [
  {
    version: 30,
    description: 'OpenWealth / bankingservice.ai: customer profiles (company customers), persons and their roles, contact details, KYC situations, address details, API clients and tokens',
    up: (database) =>
      database.exec(`
        -- What OBP's customer lacks: natural person or company, the structured name, OpenWealth's status and currency.
        -- A customer without a row is an active natural person whose names are derived from legal_name.
        CREATE TABLE customer_profiles (
          customer_id TEXT PRIMARY KEY REFERENCES customers (customer_id) ON DELETE CASCADE,
          person_type TEXT NOT NULL DEFAULT 'naturalPerson' CHECK (person_type IN ('naturalPerson', 'legalPerson')),
          -- NULL: derived from the customer's legal_name
          given_name TEXT,
          last_name TEXT,
          -- a company customer's organisation (bankingservice.ai "company", OpenWealth legalPerson)
          company TEXT NOT NULL DEFAULT '',
          legal_form TEXT NOT NULL DEFAULT '',
          lei TEXT NOT NULL DEFAULT '',
          domiciliary_company INTEGER NOT NULL DEFAULT 0 CHECK (domiciliary_company IN (0, 1)),
          status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'closed')),
          reference_currency TEXT NOT NULL DEFAULT ''
        );

        -- Persons other than a customer's holder (the holder is the customer itself): joint holders, signatories…
        CREATE TABLE customer_persons (
          -- the rowid orders persons for cursor paging
          id INTEGER PRIMARY KEY,
          person_id TEXT NOT NULL UNIQUE,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          person_type TEXT NOT NULL CHECK (person_type IN ('naturalPerson', 'legalPerson')),
          given_name TEXT NOT NULL DEFAULT '',
          last_name TEXT NOT NULL DEFAULT '',
          organisation_name TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '',
          gender TEXT NOT NULL DEFAULT '',
          birth_date TEXT NOT NULL DEFAULT '',
          nationality TEXT NOT NULL DEFAULT '',
          country_of_domicile TEXT NOT NULL DEFAULT '',
          language TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL
        );
        CREATE INDEX customer_persons_by_bank ON customer_persons (bank_id, id);

        -- Which persons a customer's contract has, and as what (OpenWealth personRelation).
        CREATE TABLE customer_person_roles (
          customer_id TEXT NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
          person_id TEXT NOT NULL REFERENCES customer_persons (person_id) ON DELETE CASCADE,
          relation TEXT NOT NULL CHECK (relation IN ('beneficialOwner', 'authorisedRepresentative', 'assetManager', 'accountOwner', 'authorisedSignatory', 'other')),
          PRIMARY KEY (customer_id, person_id)
        );
        CREATE INDEX customer_person_roles_by_person ON customer_person_roles (person_id);

        -- Contact details beyond the customer's mobile, email and social handles (which are read from OBP's rows).
        -- Exactly one owner: a customer's holder (customer_id) or another person (person_id).
        CREATE TABLE person_contact_details (
          id INTEGER PRIMARY KEY,
          customer_id TEXT REFERENCES customers (customer_id) ON DELETE CASCADE,
          person_id TEXT REFERENCES customer_persons (person_id) ON DELETE CASCADE,
          medium TEXT NOT NULL CHECK (medium IN ('email', 'phone', 'fax', 'website', 'socialMediaProfile')),
          medium_type TEXT NOT NULL DEFAULT '' CHECK (medium_type IN ('', 'private', 'business')),
          content TEXT NOT NULL,
          additional_information TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          CHECK ((customer_id IS NULL) <> (person_id IS NULL))
        );
        CREATE INDEX person_contact_details_by_customer ON person_contact_details (customer_id, id);
        CREATE INDEX person_contact_details_by_person ON person_contact_details (person_id, id);

        -- OpenWealth's KYC record: the financial and non-financial situation, as the spec's JSON objects. Education
        -- and employment are read from OBP's customer columns; what is stored here completes them.
        CREATE TABLE customer_kyc_situations (
          customer_id TEXT PRIMARY KEY REFERENCES customers (customer_id) ON DELETE CASCADE,
          non_financial_situation TEXT NOT NULL DEFAULT '{}',
          financial_situation TEXT NOT NULL DEFAULT '{}'
        );

        -- What OpenWealth says about an address that OBP's address has no column for. NULL: derived from OBP's tags.
        CREATE TABLE customer_address_details (
          customer_address_id TEXT PRIMARY KEY REFERENCES customer_addresses (customer_address_id) ON DELETE CASCADE,
          address_name TEXT NOT NULL DEFAULT '',
          is_domicile INTEGER CHECK (is_domicile IN (0, 1)),
          is_mailing_address INTEGER CHECK (is_mailing_address IN (0, 1)),
          mailing_instruction TEXT NOT NULL DEFAULT '',
          dispatch_type TEXT NOT NULL DEFAULT 'postal' CHECK (dispatch_type IN ('postal', 'electronical', 'other')),
          language TEXT NOT NULL DEFAULT '',
          -- JSON objects of the spec (salutation, name), '{}' when none
          salutation TEXT NOT NULL DEFAULT '{}',
          name TEXT NOT NULL DEFAULT '{}',
          care_of TEXT NOT NULL DEFAULT '',
          to_the_attention_of TEXT NOT NULL DEFAULT '',
          post_box TEXT NOT NULL DEFAULT ''
        );

        -- OpenWealth / bLink: OAuth2 client-credentials clients, each serving one bank (bLink's service provider).
        CREATE TABLE oauth_clients (
          client_id TEXT PRIMARY KEY,
          -- scrypt, as staff passwords
          secret_hash TEXT NOT NULL,
          bank_id TEXT NOT NULL REFERENCES banks (bank_id),
          name TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE TABLE oauth_access_tokens (
          -- SHA-256 of the token, hex; the token itself is never stored
          token_hash TEXT PRIMARY KEY,
          client_id TEXT NOT NULL REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL
        );
        CREATE INDEX oauth_access_tokens_by_expiry ON oauth_access_tokens (expires_at);

        -- bankingservice.ai: clients that sign their own JWTs; the platform holds their public keys.
        CREATE TABLE jwt_clients (
          client_id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          -- the public key as a JWK (JSON)
          public_key TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
      `),
  },
];
