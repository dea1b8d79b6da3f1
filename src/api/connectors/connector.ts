import type { DeskBackend, DeskOperationId } from '@/api/schemas/desk-operations';

/**
 * The port of the customer resources on the backends other than OBP (issue 9): what a screen may ask of a customer
 * backend, in domain terms. A connector per backend implements the parts its API has and declares them as
 * capabilities; the screens show only what the connected backend can do. Text a backend does not send is `undefined`
 * ("not recorded"), never an empty string pretending to be a value.
 */
export type DeskCapability =
  | 'cursor-paging'
  | 'page-paging'
  | 'customer-status'
  | 'company'
  | 'structured-address'
  | 'addresses'
  | 'create-address'
  | 'update-address'
  | 'persons'
  | 'contact-details'
  | 'add-contact-detail'
  | 'kyc-record'
  | 'create-customer'
  | 'update-customer'
  | 'delete-customer'
  | 'health-check';

/** Where a list goes next: OpenWealth's opaque cursor, or bankingservice.ai's page number (from 0). */
export type CustomerPageRequest = { cursor?: string | undefined; page?: number | undefined; size: number };
export type CustomerPage = {
  rows: DeskCustomerSummary[];
  /** Cursor paging: the next page's cursor, undefined on the last page. */
  nextCursor?: string | undefined;
  /** Page paging: this page (from 0), how many pages and customers there are. */
  page?: { index: number; pages: number; count: number } | undefined;
};

export type DeskCustomerSummary = {
  id: string;
  name: string | undefined;
  company: string | undefined;
  email: string | undefined;
  phone: string | undefined;
  /** ISO date or instant. */
  created: string | undefined;
  status: 'active' | 'inactive' | 'closed' | undefined;
};

/** bankingservice.ai's one structured address of a customer. */
export type StructuredAddress = {
  premise: number | null;
  subPremise: string;
  building: string;
  postalCode: string;
  thoroughfare: string;
  locality: string;
  state: string;
  country: string;
};

export type DeskCustomer = DeskCustomerSummary & {
  firstName: string | undefined;
  lastName: string | undefined;
  referenceCurrency: string | undefined;
  /** OpenWealth: the persons of the customer's contract, with their relation to it. */
  persons: Array<{ id: string; relation: string | undefined }>;
  /** OpenWealth: the ids of the customer's addresses. */
  addressIds: string[];
  /** bankingservice.ai: its one address (null: none). */
  address: StructuredAddress | null | undefined;
};

/** An OpenWealth postal address, flattened to what the console edits. */
export type DeskAddress = {
  id: string;
  name: string | undefined;
  isDomicile: boolean | undefined;
  isMailingAddress: boolean | undefined;
  dispatchType: string | undefined;
  language: string | undefined;
  streetName: string;
  buildingNumber: string;
  addressSuffix: string;
  postCode: string;
  townName: string;
  countrySubDivision: string;
  country: string;
};
export type DeskAddressInput = Omit<DeskAddress, 'id' | 'dispatchType' | 'language'> & { name: string };

export type DeskPerson = {
  id: string;
  fullName: string | undefined;
  personType: string | undefined;
  countryOfDomicile: string | undefined;
  language: string | undefined;
  nationality: string[];
  birthDate: string | undefined;
};

export const CONTACT_MEDIA = ['email', 'phone', 'fax', 'website', 'socialMediaProfile'] as const;
export type ContactMedium = (typeof CONTACT_MEDIA)[number];
export type DeskContactDetail = {
  id: string | undefined;
  medium: ContactMedium | string;
  mediumType: 'private' | 'business' | undefined;
  content: string;
  additionalInformation: string | undefined;
};
export type DeskContactDetailInput = { medium: ContactMedium; mediumType: 'private' | 'business' | ''; content: string; additionalInformation: string };

export type Amount = { amount: string; currency: string | undefined };
export type DeskKycRecord = {
  profession: string | undefined;
  employingCompany: string | undefined;
  educationLevel: string | undefined;
  function: string | undefined;
  typeOfEmployment: string | undefined;
  sector: string | undefined;
  riskDomicile: string | undefined;
  incomeCurrentPeriod: Amount | undefined;
  sourceOfIncome: string | undefined;
  annualTurnover: Amount | undefined;
  monetaryWealth: Amount | undefined;
  sourcesOfWealth: Array<{ source: string | undefined; amount: Amount | undefined; dateOfReceipt: string | undefined }>;
  priorBank: string | undefined;
};

export type DeskCustomerInput = {
  company: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  address: StructuredAddress | null;
};

export type DeskHealth = { status: 'up' | 'down'; checkedAt: string; backendStatus: string | undefined };

type Signal = { signal?: AbortSignal | undefined };

export type Connector = {
  backend: DeskBackend;
  capabilities: ReadonlySet<DeskCapability>;
  /** The operation of the table each action maps to (its roles gate the action). */
  operations: Partial<Record<'list' | 'read' | 'kyc' | 'createAddress' | 'updateAddress' | 'addContactDetail' | 'create' | 'update' | 'delete', DeskOperationId>>;
  listCustomers(request: CustomerPageRequest, options?: Signal): Promise<CustomerPage>;
  getCustomer(customerId: string, options?: Signal): Promise<DeskCustomer>;
  getAddresses?(customer: DeskCustomer, options?: Signal): Promise<DeskAddress[]>;
  createAddress?(customerId: string, input: DeskAddressInput): Promise<string | undefined>;
  updateAddress?(customerId: string, addressId: string, input: DeskAddressInput): Promise<void>;
  getPerson?(personId: string, options?: Signal): Promise<DeskPerson>;
  getContactDetails?(personId: string, options?: Signal): Promise<DeskContactDetail[]>;
  addContactDetail?(personId: string, input: DeskContactDetailInput): Promise<DeskContactDetail>;
  getKycRecord?(customerId: string, options?: Signal): Promise<DeskKycRecord>;
  createCustomer?(input: DeskCustomerInput): Promise<DeskCustomer>;
  updateCustomer?(customerId: string, input: DeskCustomerInput): Promise<DeskCustomer>;
  deleteCustomer?(customerId: string): Promise<DeskCustomer>;
  health?(options?: Signal): Promise<DeskHealth>;
};

/** A text the backend sent, or undefined when it sent nothing worth showing. */
export const recorded = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
