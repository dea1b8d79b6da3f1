import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { backendConfigFromEnvironment } from '../gateway/backend-config';
import type { DeskConfig } from '../config';
import { createTestSandbox, PASSWORD, type TestSandbox } from '../test-support/test-sandbox';

/**
 * Customer Desk's server on the two other backends (issue 9): a backend sandbox listens on a real port; a second app
 * (its own database: Customer Desk's staff are not the backend's) signs staff in and forwards their calls there.
 */
let backend: TestSandbox;
let backendUrl: string;
const desks: TestSandbox[] = [];

async function deskOn(kind: 'openwealth' | 'bankingservice', baseUrl = `${backendUrl}/${kind}`): Promise<TestSandbox> {
  const desk: DeskConfig = {
    backend: backendConfigFromEnvironment({ CUSTOMER_DESK_BACKEND: kind }, 0) as DeskConfig['backend'],
    profileId: 'gh.29.uk',
    staffPassword: PASSWORD,
    sessionTtlHours: 8,
    connectTimeoutMs: 2_000,
    responseTimeoutMs: 5_000,
  };
  desk.backend.baseUrl = baseUrl;
  const sandbox = await createTestSandbox({ customers: 5, config: { desk } });
  desks.push(sandbox);
  return sandbox;
}

beforeAll(async () => {
  backend = await createTestSandbox({ customers: 60 });
  backendUrl = await backend.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  for (const desk of desks) await desk.close();
  await backend.close();
});

async function signIn(desk: TestSandbox, username: string, password = PASSWORD): Promise<LightMyRequestResponse> {
  return desk.app.inject({ method: 'POST', url: '/desk/session', payload: { username, password } });
}
async function tokenOf(desk: TestSandbox, username: string): Promise<string> {
  const answer = await signIn(desk, username);
  expect(answer.statusCode, answer.body).toBe(201);
  return (answer.json() as { token: string }).token;
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('Customer Desk staff accounts (OpenWealth backend)', () => {
  let desk: TestSandbox;
  beforeAll(async () => {
    desk = await deskOn('openwealth');
  });

  it('signs seeded staff in, says who they are and what roles they hold, and signs them out', async () => {
    const token = await tokenOf(desk, 'desk-kyc');
    const me = await desk.app.inject({ method: 'GET', url: '/desk/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'desk-kyc', backend: 'openwealth', roles: ['DeskReadCustomers', 'DeskReadKycRecord'] });
    // Only the hash is kept.
    const stored = desk.database.prepare('SELECT token_hash FROM desk_sessions').pluck().all() as string[];
    expect(stored).not.toContain(token);
    expect(stored.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);

    expect((await desk.app.inject({ method: 'DELETE', url: '/desk/session', headers: bearer(token) })).statusCode).toBe(204);
    const after = await desk.app.inject({ method: 'GET', url: '/desk/me', headers: bearer(token) });
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
    expect(after.json()).toMatchObject({ type: 'invalidToken', detail: expect.stringMatching(/^DESK-20001:/) });
  });

  it('keeps staff apart from the sandbox’s OBP users: an OBP user cannot sign in here', async () => {
    const answer = await signIn(desk, 'manager');
    expect(answer.statusCode).toBe(401);
    expect(answer.json()).toMatchObject({ type: 'invalidToken', detail: expect.stringMatching(/^DESK-20002:/) });
  });

  it('locks a username after five failures in a row, even for the right password, with salted hashes per user', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn(desk, 'desk-viewer', 'wrong')).statusCode).toBe(401);
    const locked = await signIn(desk, 'desk-viewer');
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toMatchObject({ detail: expect.stringMatching(/^DESK-20003:/) });
    const hashes = desk.database.prepare('SELECT password_hash FROM desk_staff').pluck().all() as string[];
    expect(new Set(hashes).size).toBe(hashes.length);
    desk.clock.now += 16 * 60_000;
    expect((await signIn(desk, 'desk-viewer')).statusCode).toBe(201);
  });

  it('refuses a body without credentials in OpenWealth’s shape', async () => {
    const answer = await desk.app.inject({ method: 'POST', url: '/desk/session', payload: { username: 'desk-admin' } });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ type: 'invalidPayload', detail: expect.stringMatching(/^DESK-10001:/) });
  });
});

describe('forwarding to OpenWealth', () => {
  let desk: TestSandbox;
  beforeAll(async () => {
    desk = await deskOn('openwealth');
  });

  it('forwards a staff member’s read with the server’s own token and a correlation id, and passes the cursor header back', async () => {
    const token = await tokenOf(desk, 'desk-viewer');
    const answer = await desk.app.inject({ method: 'GET', url: '/desk/backend/customers?limit=2', headers: { ...bearer(token), 'x-correlation-id': 'desk-test-1' } });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['x-correlation-id']).toBe('desk-test-1');
    expect(answer.json()).toHaveLength(2);
    expect(String(answer.headers.nextcursor)).not.toBe('');
    // Without a correlation id of the caller's, the server makes one.
    const second = await desk.app.inject({ method: 'GET', url: '/desk/backend/customers?limit=1', headers: bearer(token) });
    expect(second.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses before forwarding when the staff member lacks the operation’s role', async () => {
    const viewer = await tokenOf(desk, 'desk-viewer');
    const customers = (await desk.app.inject({ method: 'GET', url: '/desk/backend/customers?limit=1', headers: bearer(viewer) })).json() as Array<{ customerIdentification: string }>;
    const customerId = customers[0]!.customerIdentification;
    const addressesBefore = backend.database.prepare('SELECT count(*) FROM customer_addresses').pluck().get();
    const refused = await desk.app.inject({
      method: 'POST',
      url: `/desk/backend/customers/${customerId}/addresses`,
      headers: bearer(viewer),
      payload: { postalAddress: { townName: 'Zürich', country: 'CH' } },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ type: 'insufficientPrivileges', detail: 'DESK-20006: You are missing one or more roles: DeskWriteAddresses.' });
    expect(backend.database.prepare('SELECT count(*) FROM customer_addresses').pluck().get()).toBe(addressesBefore);

    const kyc = await desk.app.inject({ method: 'GET', url: `/desk/backend/customers/${customerId}/kyc`, headers: bearer(viewer) });
    expect(kyc.statusCode).toBe(403);
    const manager = await tokenOf(desk, 'desk-manager');
    const created = await desk.app.inject({
      method: 'POST',
      url: `/desk/backend/customers/${customerId}/addresses`,
      headers: bearer(manager),
      payload: {
        postalAddress: { salutation: {}, isDomicile: false, isMailingAddress: true, postCode: '8001', townName: 'Zürich', country: 'CH', physicalAddress: { streetName: 'Bahnhofstrasse', buildingNumber: '42' } },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(backend.database.prepare('SELECT count(*) FROM customer_addresses').pluck().get()).toBe(Number(addressesBefore) + 1);
  });

  it('forwards only the operations of the table, and never without a session', async () => {
    const token = await tokenOf(desk, 'desk-admin');
    const unknown = await desk.app.inject({ method: 'DELETE', url: '/desk/backend/customers/1', headers: bearer(token) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ type: 'resourceDoesNotExist', detail: expect.stringMatching(/^DESK-10404:/) });
    const anonymous = await desk.app.inject({ method: 'GET', url: '/desk/backend/customers' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('reports the backend’s health check', async () => {
    const token = await tokenOf(desk, 'desk-viewer');
    const health = await desk.app.inject({ method: 'GET', url: '/desk/backend-health', headers: bearer(token) });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ backend: 'openwealth', status: 'up', backend_status: 'received' });
  });

  it('answers 502 in OpenWealth’s shape when the backend cannot be reached', async () => {
    const unreachable = await deskOn('openwealth', 'http://127.0.0.1:9/openwealth');
    const token = await tokenOf(unreachable, 'desk-viewer');
    const answer = await unreachable.app.inject({ method: 'GET', url: '/desk/backend/customers', headers: bearer(token) });
    expect(answer.statusCode).toBe(502);
    expect(answer.json()).toMatchObject({ type: 'serviceUnavailable', detail: expect.stringMatching(/^DESK-01001:/) });
    const health = await unreachable.app.inject({ method: 'GET', url: '/desk/backend-health', headers: bearer(token) });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ backend: 'openwealth', status: 'down' });
  });
});

describe('forwarding to bankingservice.ai', () => {
  let desk: TestSandbox;
  beforeAll(async () => {
    desk = await deskOn('bankingservice');
  });

  it('creates, updates and deletes a customer as the roles allow, with refusals in bankingservice.ai’s shape', async () => {
    const manager = await tokenOf(desk, 'desk-manager');
    const collection = '/desk/backend/v1/profiles/gh.29.uk/customers';
    const created = await desk.app.inject({ method: 'POST', url: collection, headers: bearer(manager), payload: { first_name: 'Desk', last_name: 'Created', email: 'desk.created@example.com' } });
    expect(created.statusCode, created.body).toBe(200);
    const { id } = created.json() as { id: string };
    const updated = await desk.app.inject({ method: 'PUT', url: `${collection}/${id}`, headers: bearer(manager), payload: { phone: '+31 20 555 0101' } });
    expect(updated.json()).toMatchObject({ id, phone: '+31 20 555 0101', last_name: 'Created' });

    const refused = await desk.app.inject({ method: 'DELETE', url: `${collection}/${id}`, headers: bearer(manager) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ status: 403, error: 'Forbidden', message: 'DESK-20006: You are missing one or more roles: DeskDeleteCustomers.' });

    const admin = await tokenOf(desk, 'desk-admin');
    const deleted = await desk.app.inject({ method: 'DELETE', url: `${collection}/${id}`, headers: bearer(admin) });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id, last_name: 'Created' });
    expect((await desk.app.inject({ method: 'GET', url: `${collection}/${id}`, headers: bearer(admin) })).statusCode).toBe(404);
  });

  it('tells the console which backend and profile it runs on, and nothing secret', async () => {
    const config = await desk.app.inject({ method: 'GET', url: '/config.json' });
    expect(config.json()).toMatchObject({ backend: 'bankingservice', backendProfileId: 'gh.29.uk' });
    expect(config.body).not.toMatch(/PRIVATE KEY|secret|customer-desk-bankingservice/i);
  });

  it('forwards only the configured profile and has no health check', async () => {
    const admin = await tokenOf(desk, 'desk-admin');
    const other = await desk.app.inject({ method: 'GET', url: '/desk/backend/v1/profiles/GENODEM1GLS/customers', headers: bearer(admin) });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ status: 404, error: 'Resource not found' });
    const page = await desk.app.inject({ method: 'GET', url: '/desk/backend/v1/profiles/gh.29.uk/customers?page=1&size=5', headers: bearer(admin) });
    expect(page.json()).toMatchObject({ page: 1, size: 5 });
    const health = await desk.app.inject({ method: 'GET', url: '/desk/backend-health', headers: bearer(admin) });
    expect(health.statusCode).toBe(404);
    expect(health.json()).toMatchObject({ message: expect.stringMatching(/^DESK-10405:/) });
  });
});
