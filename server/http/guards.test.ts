import { afterEach, describe, expect, it } from 'vitest';
import { AUTHORIZATION_HEADER_NOT_SUPPORTED, INVALID_VALUE_CHARACTERS } from '../errors/error-messages';
import { ObpError } from '../errors/obp-error';
import { hashDirectLoginToken } from '../security/direct-login-tokens';
import { createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';
import { directLoginTokenReader } from './guards';

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof ObpError) return { code: error.status, message: error.message };
    throw error;
  }
  throw new Error('not refused');
};

describe('directLoginTokenReader', () => {
  it('gives the token and its hash, and the same answer for the same header text from memory', () => {
    const read = directLoginTokenReader();
    const first = read({ directlogin: 'token="abc"' });
    expect(first).toEqual({ token: 'abc', tokenHash: hashDirectLoginToken('abc') });
    expect(read({ directlogin: 'token="abc"' })).toBe(first);
    expect(read({ authorization: 'DirectLogin token=abc' })).toEqual({ token: 'abc', tokenHash: hashDirectLoginToken('abc') });
  });

  it('keeps which header a text came from: a DirectLogin text read first does not make it valid as Authorization', () => {
    const read = directLoginTokenReader();
    expect(read({ directlogin: 'token=abc' }).token).toBe('abc');
    expect(refusal(() => read({ authorization: 'token=abc' }))).toEqual({ code: 401, message: AUTHORIZATION_HEADER_NOT_SUPPORTED });
    // The DirectLogin header wins over Authorization, as readDirectLoginHeader reads them.
    expect(read({ directlogin: 'token=abc', authorization: 'Bearer x' }).token).toBe('abc');
  });

  it('refuses a header without a usable token every time: a refusal is not remembered', () => {
    const read = directLoginTokenReader();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(refusal(() => read({ directlogin: 'token=a!b' }))).toEqual({ code: 400, message: INVALID_VALUE_CHARACTERS });
      expect(refusal(() => read({ directlogin: 'username=manager' })).code).toBe(400);
      expect(refusal(() => read({})).code).toBe(401);
    }
  });

  it('remembers at most `kept` header texts, and reads a forgotten one again', () => {
    const read = directLoginTokenReader(2);
    const first = read({ directlogin: 'token=one' });
    read({ directlogin: 'token=two' });
    expect(read({ directlogin: 'token=one' })).toBe(first);
    // A third text: the memory was full, so it starts again with that one alone.
    read({ directlogin: 'token=three' });
    const again = read({ directlogin: 'token=one' });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('authentication with a remembered header', () => {
  let sandbox: TestSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  it('still asks whether the token is valid: a token deleted in SQL is refused at the next request with the same header', async () => {
    sandbox = await createTestSandbox({ customers: 1 });
    const current = sandbox;
    const token = await current.tokenOf('manager');
    const currentUser = () => current.app.inject({ method: 'GET', url: '/obp/v5.1.0/users/current', headers: { DirectLogin: `token=${token}` } });
    expect((await currentUser()).statusCode).toBe(200);
    expect((await currentUser()).statusCode).toBe(200);
    current.database.prepare('DELETE FROM direct_login_tokens WHERE token_hash = ?').run(hashDirectLoginToken(token));
    const refused = await currentUser();
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).message).toMatch(/^OBP-20003:/);
  });
});
