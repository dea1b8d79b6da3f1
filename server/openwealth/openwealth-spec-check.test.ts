import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requestProblems, specProblems } from '../test-support/openwealth-spec';

/** The spec check itself must be able to fail: answers that drift from the standard are caught. */
const answer = (statusCode: number, body: unknown, headers: Record<string, string> = {}) =>
  ({
    statusCode,
    body: body === undefined ? '' : JSON.stringify(body),
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-correlation-id': 'c', ...headers },
  }) as unknown as LightMyRequestResponse;

describe('the OpenWealth spec check', () => {
  it('accepts a conforming customer and catches a missing required member, a bad enum and a 35-character overrun', () => {
    expect(specProblems('/customers/{customerId}', 'GET', answer(200, { customerIdentification: '1', status: 'active' }))).toEqual([]);
    expect(specProblems('/customers/{customerId}', 'GET', answer(200, { customerIdentification: '1' })).join()).toContain('status');
    expect(specProblems('/customers/{customerId}', 'GET', answer(200, { customerIdentification: '1', status: 'dormant' }))).not.toEqual([]);
    expect(specProblems('/customers/{customerId}', 'GET', answer(200, { customerIdentification: 'x'.repeat(36), status: 'active' }))).not.toEqual([]);
  });

  it('catches an undocumented status, a wrong content type, a missing correlation id or nextCursor', () => {
    expect(specProblems('/customers', 'GET', answer(418, []))).not.toEqual([]);
    expect(specProblems('/customers', 'GET', answer(404, { type: 'resourceDoesNotExist' }))).not.toEqual([]);
    expect(specProblems('/customers', 'GET', answer(200, [], { 'x-correlation-id': '' }))).toContain('no X-Correlation-ID header');
    expect(specProblems('/customers', 'GET', answer(200, []))).toContain('no nextCursor header');
  });

  it('applies the personDetails discriminator: a legal person needs its organisation name, form and domicile flag', () => {
    const person = { personIdentification: '1', personType: 'legalPerson', personDetails: { personType: 'legalPerson' } };
    expect(specProblems('/persons/{personId}', 'GET', answer(200, person)).join()).toContain('organisationName');
  });

  it('checks request bodies against the component schemas', () => {
    expect(requestProblems('contactDetails', { medium: 'phone', contactContent: '+41' })).toEqual([]);
    expect(requestProblems('contactDetails', { medium: 'phone' })).not.toEqual([]);
  });
});
