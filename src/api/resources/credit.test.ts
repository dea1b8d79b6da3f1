import { describe, expect, it } from 'vitest';
import { requestRows } from './credit';

const order = { rank_amount_1: '1000', nominal_interest_1: '1.5', rank_amount_2: '2000', nominal_interest_2: '2.5' };

describe('requestRows', () => {
  it('reads a list of stored requests, by their id and short reference', () => {
    expect(requestRows([{ ...order, credit_limit_request_id: 'r-1', short_reference: 'ABC123' }])).toEqual([
      { id: 'r-1', reference: 'ABC123', order: { ...order, credit_limit_request_id: 'r-1', short_reference: 'ABC123' } },
    ]);
  });

  it('reads a wrapped list', () => {
    expect(requestRows({ credit_limit_requests: [{ ...order, token: 't-1' }] })[0]).toMatchObject({ id: 't-1', reference: 't-1' });
    expect(requestRows({ requests: [{ ...order, id: 'i-1' }] })[0]).toMatchObject({ id: 'i-1' });
  });

  it('reads OBP’s old single answer, which cannot be opened by id', () => {
    expect(requestRows(order)).toEqual([{ id: undefined, reference: '1', order }]);
  });
});
