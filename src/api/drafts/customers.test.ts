import { describe, expect, it } from 'vitest';
import { ObpError } from '@/api/errors';
import { CUSTOMER_LIMITS } from '@/api/schemas/customers';
import { CUSTOMER_FIELD_LIMITS, customerFieldProblem } from './customers';

describe('a refusal about a field', () => {
  it('puts a taken number on customerNumber, whichever code the server says it with', () => {
    expect(customerFieldProblem(new ObpError(400, 'OBP-30006', 'taken'), 'update')).toEqual({ field: 'customerNumber', problem: 'taken' });
    expect(customerFieldProblem(new ObpError(400, 'OBP-30051', 'Cannot create Customer'), 'create')).toEqual({
      field: 'customerNumber',
      problem: 'taken',
    });
    // OBP-30051 on an update is not about the number (OBP's update says OBP-30058 when the database refuses).
    expect(customerFieldProblem(new ObpError(400, 'OBP-30051', 'Cannot create Customer'), 'update')).toBeUndefined();
    expect(customerFieldProblem(new ObpError(400, 'OBP-10001', 'bad json'), 'create')).toBeUndefined();
    expect(customerFieldProblem(new Error('offline'), 'create')).toBeUndefined();
  });
});

describe('column limits under the console’s names', () => {
  it('are OBP’s limits, renamed', () => {
    expect(CUSTOMER_FIELD_LIMITS.legalName).toBe(CUSTOMER_LIMITS.legal_name);
    expect(CUSTOMER_FIELD_LIMITS.highestEducationAttained).toBe(CUSTOMER_LIMITS.highest_education_attained);
    expect(Object.keys(CUSTOMER_FIELD_LIMITS).every((name) => !name.includes('_'))).toBe(true);
    expect(Object.keys(CUSTOMER_FIELD_LIMITS)).toHaveLength(Object.keys(CUSTOMER_LIMITS).length);
  });
});
