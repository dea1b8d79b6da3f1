// The wire shapes of OBP, shared by the console's client and the sandbox (the sandbox may import only this folder).
export * from './common';
export * from './auth';
export * from './users';
export * from './banks';
export * from './customers';
export * from './roles';
export * from './operations';
export * from './customer-updates';
export * from './addresses';
export * from './tax-residences';
export * from './social-media';
export * from './kyc';
export * from './customer-attributes';
export * from './user-customer-links';
export * from './credit-limit-requests';
export * from './meetings';
export * from './crm-events';
