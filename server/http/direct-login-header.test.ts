import { describe, expect, it } from 'vitest';
import { invalidParameterProblem, parseDirectLoginParameters, readDirectLoginHeader } from './direct-login-header';

describe('parseDirectLoginParameters', () => {
  it('reads quoted and unquoted values, with or without the DirectLogin prefix', () => {
    const expected = new Map([
      ['username', 'manager'],
      ['password', 'sandbox123!'],
      ['consumer_key', 'customer-desk'],
    ]);
    expect(parseDirectLoginParameters('username="manager", password="sandbox123!", consumer_key="customer-desk"')).toEqual(expected);
    expect(parseDirectLoginParameters('DirectLogin username=manager,password=sandbox123!,consumer_key=customer-desk')).toEqual(expected);
  });

  it('splits on the first = only, keeps inner spaces, drops unknown keys and empty values', () => {
    const parameters = parseDirectLoginParameters('username="Ana Núñez", password="a=b", color=red, consumer_key=""');
    expect(parameters).toEqual(new Map([['username', 'Ana Núñez'], ['password', 'a=b']]));
  });
});

describe('readDirectLoginHeader', () => {
  it('prefers the DirectLogin header, then an Authorization header naming DirectLogin', () => {
    expect(readDirectLoginHeader({ directlogin: 'token=abc', authorization: 'Bearer x' })).toEqual({
      kind: 'direct-login',
      parameters: new Map([['token', 'abc']]),
    });
    expect(readDirectLoginHeader({ authorization: 'DirectLogin token=abc' }).kind).toBe('direct-login');
    expect(readDirectLoginHeader({ authorization: 'Bearer abc' }).kind).toBe('other-authorization');
    expect(readDirectLoginHeader({}).kind).toBe('missing');
  });
});

describe('invalidParameterProblem', () => {
  it('refuses characters outside OBP’s rules and values over 512 characters', () => {
    expect(invalidParameterProblem(new Map([['username', 'Ana Núñez']]))).toBe('invalid-characters');
    expect(invalidParameterProblem(new Map([['consumer_key', 'customer_desk']]))).toBe('invalid-characters');
    expect(invalidParameterProblem(new Map([['password', 'x'.repeat(513)]]))).toBe('too-long');
    expect(invalidParameterProblem(new Map([['username', 'ana.nunez@example.com'], ['password', 'pa ss;"\'!']]))).toBeUndefined();
  });
});
