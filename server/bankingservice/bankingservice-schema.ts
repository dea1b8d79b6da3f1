import { z } from 'zod';

/**
 * bankingservice.ai's customer as its documentation shows it (seed 002): every member present; `premise` a number;
 * `country` ISO 3166 alpha-2; `created` an ISO instant with milliseconds. Strict: a member the documentation lacks is
 * drift. `address` is null for a customer without one (the documentation shows none without).
 */
export const bankingServiceAddress = z.strictObject({
  premise: z.number().int().nonnegative().nullable(),
  sub_premise: z.string(),
  building: z.string(),
  postal_code: z.string(),
  thoroughfare: z.string(),
  locality: z.string(),
  state: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
});

export const bankingServiceCustomer = z.strictObject({
  id: z.string().min(1),
  company: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  phone: z.string(),
  address: bankingServiceAddress.nullable(),
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
});

export const bankingServiceCustomerPage = z.strictObject({
  page: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  size: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  data: z.array(bankingServiceCustomer),
});

export const bankingServiceError = z.strictObject({ status: z.number().int(), error: z.string().min(1), message: z.string().min(1) });
