import { bankDetail, bankList } from '@/api/schemas/banks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 10 });
});
afterAll(async () => sandbox.close());

const get = (url: string) => sandbox.app.inject({ method: 'GET', url });

describe('GET /banks', () => {
  it.each(['v4.0.0', 'v5.0.0', 'v5.1.0'])('lists both banks under %s, without login as OBP', async (version) => {
    const response = await get(`/obp/${version}/banks`);
    expect(response.statusCode).toBe(200);
    expect(bankList.parse(response.json()).banks.map((bank) => bank.id)).toEqual(['GENODEM1GLS', 'gh.29.uk']);
  });

  it('is not served in its older shapes', async () => {
    expect((await get('/obp/v3.1.0/banks')).statusCode).toBe(404);
  });
});

describe('GET /banks/BANK_ID', () => {
  it('answers the bank', async () => {
    const response = await get('/obp/v5.1.0/banks/gh.29.uk');
    expect(response.statusCode).toBe(200);
    expect(bankDetail.parse(response.json())).toMatchObject({ id: 'gh.29.uk', bank_routings: [{ scheme: 'OBP', address: 'gh.29.uk' }] });
  });

  it('answers an unknown bank with 404 OBP-30001', async () => {
    const response = await get('/obp/v5.1.0/banks/no.such.bank');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response)).toEqual({
      code: 404,
      message: 'OBP-30001: Bank not found. Please specify a valid value for BANK_ID. Current BankId is no.such.bank',
    });
  });
});
