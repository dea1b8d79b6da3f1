import { afterEach, describe, expect, it } from 'vitest';
import { createTestSandbox, directLoginHeader, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
afterEach(async () => sandbox?.close());

const login = (username: string, password?: string, remoteAddress = '127.0.0.1') =>
  sandbox.app.inject({ method: 'POST', url: '/my/logins/direct', remoteAddress, headers: { DirectLogin: directLoginHeader(username, password) } });
const currentUser = (token: string) =>
  sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/users/current', headers: { DirectLogin: `token=${token}` } });
const codeOf = (response: { body: string }) => (JSON.parse(response.body) as { message?: string }).message?.slice(0, 9) ?? 'token';

describe('a parallel burst of sign-ins', () => {
  it('99 wrong and 1 right password at once: locks, the right one gets no token, and the lock holds afterwards', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const attempts = Array.from({ length: 100 }, (_, index) => login('manager', index === 50 ? undefined : 'wrong'));
    const answers = await Promise.all(attempts);
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'token')).toEqual([]);
    expect(codes.filter((code) => code === 'OBP-20004').length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'OBP-20013').length).toBeGreaterThanOrEqual(95);
    expect(codeOf(await login('manager'))).toBe('OBP-20013');
  });

  it('the right password first in the burst still gets no token once the burst has locked', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const answers = await Promise.all([login('kyc'), ...Array.from({ length: 20 }, () => login('kyc', 'wrong'))]);
    expect(answers.map(codeOf)).not.toContain('token');
    expect(codeOf(await login('kyc'))).toBe('OBP-20013');
  });

  it('the lock expires after LOCKOUT_MINUTES', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { lockoutMinutes: 1 } });
    await Promise.all(Array.from({ length: 30 }, () => login('teller', 'wrong')));
    expect(codeOf(await login('teller'))).toBe('OBP-20013');
    sandbox.clock.now += 60_000;
    expect(codeOf(await login('teller'))).toBe('token');
  });
});

describe('throttling', () => {
  it('answers 429 OBP-10018 beyond the per-username limit, from any address, for unknown usernames too', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { loginRateLimitPerUser: 3, maximumFailedLogins: 100 } });
    for (const username of ['admin', 'nobody']) {
      for (let attempt = 1; attempt <= 3; attempt += 1) expect(codeOf(await login(username, 'wrong', `10.0.0.${attempt}`))).toBe('OBP-20004');
      const refused = await login(username, undefined, '10.0.0.9');
      expect(refused.statusCode).toBe(429);
      expect(errorOf(refused)).toEqual({ code: 429, message: 'OBP-10018: Too Many Requests.' });
    }
    sandbox.clock.now += 60_000;
    expect(codeOf(await login('admin'))).toBe('token');
  });

  it('answers 429 OBP-10018 beyond the per-address limit, other addresses unaffected', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { loginRateLimitPerAddress: 2 } });
    expect(codeOf(await login('admin', undefined, '10.1.1.1'))).toBe('token');
    expect(codeOf(await login('manager', undefined, '10.1.1.1'))).toBe('token');
    const refused = await login('kyc', undefined, '10.1.1.1');
    expect(errorOf(refused)).toEqual({ code: 429, message: 'OBP-10018: Too Many Requests.' });
    expect(codeOf(await login('kyc', undefined, '10.1.1.2'))).toBe('token');
  });
});

describe('sessions', () => {
  it('sign-out (DELETE /my/logins/direct) revokes the token at once', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const token = await sandbox.tokenOf('teller');
    expect((await currentUser(token)).statusCode).toBe(200);
    const signOut = await sandbox.app.inject({ method: 'DELETE', url: '/my/logins/direct', headers: { DirectLogin: `token=${token}` } });
    expect(signOut.statusCode).toBe(204);
    const after = await currentUser(token);
    expect(after.statusCode).toBe(400);
    expect(errorOf(after).message).toMatch(/^OBP-20003:/);
  });

  it('keeps at most MAX_TOKENS_PER_USER live tokens: the oldest ends', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { maximumTokensPerUser: 2 } });
    const tokens: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      sandbox.clock.now += 1;
      tokens.push((JSON.parse((await login('admin')).body) as { token: string }).token);
    }
    const statuses = await Promise.all(tokens.map(async (token) => (await currentUser(token)).statusCode));
    expect(statuses).toEqual([400, 200, 200]);
  });

  it('gives each seeded user a salt of their own', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const hashes = sandbox.database.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    const salts = hashes.map((hash) => hash.split('$')[4]);
    expect(new Set(salts).size).toBe(hashes.length);
  });
});
