/**
 * Fixtures written from bankingservice.ai's published customers documentation (seed 002_77ab73e9ed9455e2): the
 * example request body of POST/PUT and the shape of the answers. Shared by the sandbox tests and, later, the console
 * connector's tests.
 */
export const DOCUMENTED_CUSTOMER_BODY = {
  company: 'text',
  first_name: 'John',
  last_name: 'Doe',
  email: 'john.doe@example.com',
  phone: '318000201068',
  address: {
    premise: 58,
    sub_premise: 'A',
    building: 'text',
    postal_code: 'text',
    thoroughfare: 'text',
    locality: 'Hoofddorp',
    state: 'Noord-Holland',
    country: 'NL',
  },
} as const;

/** The documented example answer of GET …/customers (one customer in `data`). */
export const DOCUMENTED_CUSTOMER_PAGE = {
  page: 0,
  pages: 620,
  size: 20,
  count: 12383,
  data: [
    {
      id: 'text',
      company: 'text',
      first_name: 'text',
      last_name: 'text',
      email: 'text',
      phone: '318000201068',
      address: { premise: 58, sub_premise: 'A', building: 'text', postal_code: 'text', thoroughfare: 'text', locality: 'Hoofddorp', state: 'Noord-Holland', country: 'NL' },
      created: '2024-09-25T12:01:00.103Z',
    },
  ],
} as const;
