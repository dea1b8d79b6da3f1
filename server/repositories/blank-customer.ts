import type { NewCustomer } from './customer-repository';

/** A new customer with nothing recorded but what is given: empty text, no dates, no dependants, KYC not verified. */
export function blankCustomer(given: Pick<NewCustomer, 'bankId' | 'customerNumber' | 'legalName' | 'createdAt'> & Partial<NewCustomer>): NewCustomer {
  return {
    mobilePhoneNumber: '',
    email: '',
    faceImageUrl: '',
    faceImageDate: null,
    dateOfBirth: null,
    relationshipStatus: '',
    dependants: 0,
    dobOfDependants: [],
    highestEducationAttained: '',
    employmentStatus: '',
    kycStatus: false,
    lastOkDate: null,
    creditRating: '',
    creditSource: '',
    creditLimitCurrency: '',
    creditLimitAmount: '',
    title: '',
    branchId: '',
    nameSuffix: '',
    ...given,
  };
}
