import { createHash } from 'node:crypto';
import { directLoginTokenBody } from '@/api/schemas/auth';
import { currentUser } from '@/api/schemas/users';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestSandbox, directLoginHeader, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
afterEach(async () => sandbox?.close());

const login = (headers: Record<string, string>) => sandbox.app.inject({ method: 'POST', url: '/my/logins/direct', headers });
const loginAs = (username: string, password?: string) => login({ DirectLogin: directLoginHeader(username, password) });
const currentUserWith = (headers: Record<string, string>, version = 'v5.1.0') =>
  sandbox.app.inject({ method: 'GET', url: `/obp/${version}/users/current`, headers });
const tokenFrom = (body: string) => directLoginTokenBody.parse(JSON.parse(body)).token;
const MINUTE = 60_000;

describe('POST /my/logins/direct', () => {
  it('answers 201 with a token for the DirectLogin header, whatever the case of its name', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    for (const name of ['DirectLogin', 'directlogin', 'dIreCtLoGin']) {
      const response = await login({ [name]: directLoginHeader('manager') });
      expect(response.statusCode).toBe(201);
      expect(tokenFrom(response.body)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('accepts the deprecated Authorization: DirectLogin form, quoted or not', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const quoted = await login({ Authorization: `DirectLogin ${directLoginHeader('kyc')}` });
    const bare = await login({ Authorization: 'DirectLogin username=kyc,password=sandbox123!,consumer_key=customer-desk' });
    expect([quoted.statusCode, bare.statusCode]).toEqual([201, 201]);
  });

  it.each([
    [{}, 400, 'OBP-20082: Missing DirectLogin or Authorization header.'],
    [{ Authorization: 'Bearer abc' }, 400, 'OBP-20083: Missing DirectLogin word at the value of Authorization header.'],
    [{ DirectLogin: 'username="manager"' }, 400, 'OBP-20002: These DirectLogin parameters are missing: password, consumer_key'],
    [{ DirectLogin: 'username="manager", password="", consumer_key="customer-desk"' }, 400, 'OBP-20002: These DirectLogin parameters are missing: password'],
    [{ DirectLogin: directLoginHeader('man!ager') }, 400, 'OBP-20011: Value contains invalid characters'],
    [{ DirectLogin: directLoginHeader('manager', 'sandbox123!', 'customer_desk') }, 400, 'OBP-20011: Value contains invalid characters'],
    [{ DirectLogin: directLoginHeader('manager', 'x'.repeat(513)) }, 400, 'OBP-20010: Value too long'],
    [{ DirectLogin: directLoginHeader('manager', 'sandbox123!', 'unknown-app') }, 401, 'OBP-20008: Invalid Consumer Key.'],
    [{ DirectLogin: directLoginHeader('manager', 'wrong') }, 401, 'OBP-20004: Invalid login credentials. Check username/password.'],
    [{ DirectLogin: directLoginHeader('nobody') }, 401, 'OBP-20004: Invalid login credentials. Check username/password.'],
  ])('refuses %j with %i %s', async (headers, status, message) => {
    sandbox = await createTestSandbox({ customers: 10 });
    const response = await login(headers);
    expect(response.statusCode).toBe(status);
    expect(errorOf(response)).toEqual({ code: status, message });
  });

  it('refuses a disabled consumer key', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    sandbox.repositories.consumers.setEnabled('customer-desk', false);
    const response = await loginAs('manager');
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).message).toBe('OBP-20008: Invalid Consumer Key.');
  });

  it('ignores a body, even an empty one labelled JSON (as the console sends) or one that is not JSON', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    for (const [contentType, payload] of [['application/json', ''], ['application/json', '{not json'], ['text/plain', 'hello']]) {
      const response = await sandbox.app.inject({
        method: 'POST',
        url: '/my/logins/direct',
        headers: { DirectLogin: directLoginHeader('manager'), 'content-type': contentType! },
        payload,
      });
      expect(response.statusCode, `${contentType} ${payload}`).toBe(201);
    }
  });

  it('stores only a hash of the token', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const token = tokenFrom((await loginAs('teller')).body);
    const stored = sandbox.database.prepare('SELECT token_hash FROM direct_login_tokens').pluck().all();
    expect(stored).toEqual([createHash('sha256').update(token).digest('hex')]);
  });
});

describe('lockout after repeated failures', () => {
  it('locks after 5 failures in a row, for the right password too, and unlocks after LOCKOUT_MINUTES', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { lockoutMinutes: 2 } });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(errorOf(await loginAs('manager', 'wrong')).message).toMatch(/^OBP-20004:/);
    }
    const locked = await loginAs('manager');
    expect(locked.statusCode).toBe(401);
    expect(errorOf(locked)).toEqual({ code: 401, message: 'OBP-20013: The account has been locked, please contact an administrator!' });

    sandbox.clock.now += 2 * MINUTE - 1;
    expect(errorOf(await loginAs('manager')).message).toMatch(/^OBP-20013:/);
    sandbox.clock.now += 1;
    expect((await loginAs('manager')).statusCode).toBe(201);
  });

  it('counts only failures in a row: a success resets the count', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    for (let attempt = 1; attempt <= 4; attempt += 1) await loginAs('kyc', 'wrong');
    expect((await loginAs('kyc')).statusCode).toBe(201);
    for (let attempt = 1; attempt <= 4; attempt += 1) await loginAs('kyc', 'wrong');
    expect((await loginAs('kyc')).statusCode).toBe(201);
  });

  it('keeps the open sessions of a locked user: a stranger\u2019s bad passwords cannot end them', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const token = await sandbox.tokenOf('teller');
    for (let attempt = 1; attempt <= 5; attempt += 1) await loginAs('teller', 'wrong');
    expect(errorOf(await loginAs('teller')).message).toMatch(/^OBP-20013:/);
    const response = await currentUserWith({ DirectLogin: `token=${token}` }, 'v3.0.0');
    expect(response.statusCode).toBe(200);
  });

  it('locks an unknown username the same way, so the answers do not tell which usernames exist', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const answers = async (username: string) => {
      const messages: string[] = [];
      for (let attempt = 1; attempt <= 7; attempt += 1) messages.push(errorOf(await loginAs(username, 'wrong')).message.slice(0, 9));
      return messages;
    };
    const known = await answers('manager');
    expect(known).toEqual(['OBP-20004', 'OBP-20004', 'OBP-20004', 'OBP-20004', 'OBP-20004', 'OBP-20013', 'OBP-20013']);
    expect(await answers('no-such-user')).toEqual(known);
  });

  it('does not lock other users', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    for (let attempt = 1; attempt <= 6; attempt += 1) await loginAs('teller', 'wrong');
    expect((await loginAs('manager')).statusCode).toBe(201);
  });
});

describe('using a token', () => {
  it('works as DirectLogin: token=… and as Authorization: DirectLogin token=…, on v3.0.0 and v5.1.0', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const token = await sandbox.tokenOf('manager');
    const headerForms: Array<Record<string, string>> = [
      { DirectLogin: `token=${token}` },
      { DirectLogin: `token="${token}"` },
      { Authorization: `DirectLogin token=${token}` },
    ];
    for (const headers of headerForms) {
      for (const version of ['v3.0.0', 'v5.1.0']) {
        const response = await currentUserWith(headers, version);
        expect(response.statusCode).toBe(200);
        expect(currentUser.parse(response.json()).username).toBe('manager');
      }
    }
  });

  it('keeps an earlier token valid after a newer login', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const first = tokenFrom((await loginAs('manager')).body);
    const second = tokenFrom((await loginAs('manager')).body);
    expect(first).not.toBe(second);
    expect((await currentUserWith({ DirectLogin: `token=${first}` })).statusCode).toBe(200);
  });

  it('answers an unknown token with 400 OBP-20003', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const response = await currentUserWith({ DirectLogin: 'token=not-a-real-token' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe('OBP-20003: This DirectLogin token is invalid or expired: not-a-real-token');
  });

  it('expires a token after TOKEN_TTL_HOURS', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { tokenTtlHours: 8 } });
    const token = await sandbox.tokenOf('manager');
    sandbox.clock.now += 8 * 60 * MINUTE - 1;
    expect((await currentUserWith({ DirectLogin: `token=${token}` })).statusCode).toBe(200);
    sandbox.clock.now += 1;
    const expired = await currentUserWith({ DirectLogin: `token=${token}` });
    expect(expired.statusCode).toBe(400);
    expect(errorOf(expired).message).toMatch(/^OBP-20003: This DirectLogin token is invalid or expired: /);
  });

  it('answers no credentials with 401 OBP-20001 and the WWW-Authenticate header', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const response = await currentUserWith({});
    expect(response.statusCode).toBe(401);
    expect(errorOf(response)).toEqual({ code: 401, message: 'OBP-20001: User not logged in. Authentication is required!' });
    expect(response.headers['www-authenticate']).toBe(
      'OAuth realm="http://localhost:80", Bearer realm="http://localhost:80", DirectLogin realm="http://localhost:80"',
    );
  });

  it('refuses other Authorization schemes with 401 OBP-20080, and a DirectLogin header without token with OBP-20002', async () => {
    sandbox = await createTestSandbox({ customers: 10 });
    const bearer = await currentUserWith({ Authorization: 'Bearer abc' });
    expect(errorOf(bearer)).toEqual({ code: 401, message: 'OBP-20080: Authorization Header format is not supported at this instance.' });
    const noToken = await currentUserWith({ DirectLogin: 'username=manager' });
    expect(errorOf(noToken)).toEqual({ code: 400, message: 'OBP-20002: These DirectLogin parameters are missing: token' });
  });
});

describe('logging', () => {
  it('never writes credentials, tokens or bodies to the log', async () => {
    const lines: string[] = [];
    sandbox = await createTestSandbox({ customers: 10, config: { logLevel: 'trace', logStream: { write: (line) => lines.push(line) } } });
    const token = tokenFrom((await loginAs('manager')).body);
    await sandbox.app.inject({
      method: 'POST',
      url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number?limit=5',
      headers: { DirectLogin: `token=${token}`, 'content-type': 'application/json' },
      payload: { mobile_phone_number: '%444 876%' },
    });
    await currentUserWith({ DirectLogin: 'token=some-invalid-token' });
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(log).toContain('/my/logins/direct');
    for (const secret of ['sandbox123!', token, 'some-invalid-token', 'DirectLogin', 'directlogin', '444 876', 'limit=5']) {
      expect(log).not.toContain(secret);
    }
  });
});
