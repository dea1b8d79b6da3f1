import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ObpProxyConfig } from '../config';
import { createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';
import { proxyFailure } from './obp-proxy';

const TOKEN = 'proxy-test-token-9f8e7d6c5b4a';
const PASSWORD = 'proxy-test-password-1a2b3c';

/** A stand-in OBP server: echoes what it received, and has routes that stream, hang or misbehave on purpose. */
async function startUpstream() {
  const upstream: FastifyInstance = Fastify({ logger: false });
  const release: Array<() => void> = [];
  const waitForRelease = () => new Promise<void>((resolve) => release.push(resolve));
  let firstRequestChunk: (() => void) | undefined;
  const requestChunkArrived = new Promise<void>((resolve) => (firstRequestChunk = resolve));

  upstream.removeAllContentTypeParsers();
  upstream.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  upstream.all('/obp/*', async (request, reply) => {
    const chunks: Buffer[] = [];
    if (request.body) for await (const chunk of request.body as Readable) chunks.push(chunk as Buffer);
    reply.header('x-upstream', 'yes');
    reply.header('keep-alive', 'timeout=5');
    reply.header('proxy-authenticate', 'Basic');
    reply.header('x-listed-hop', 'connection-specific');
    reply.header('connection', 'x-listed-hop');
    return reply.code(request.method === 'POST' ? 201 : 200).send({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
  });
  upstream.post('/my/logins/direct', async (request, reply) => reply.code(201).send({ token: TOKEN, directLogin: request.headers.directlogin }));
  upstream.get('/obp/v5.1.0/slow', async () => {
    await waitForRelease();
    return { late: true };
  });
  upstream.get('/obp/v5.1.0/stream', (_request, reply) => {
    const body = new Readable({ read() {} });
    body.push('{"first":"chunk"');
    void waitForRelease().then(() => {
      body.push(',"second":"chunk"}');
      body.push(null);
    });
    return reply.type('application/json').send(body);
  });
  upstream.post('/obp/v5.1.0/upload', async (request) => {
    const chunks: string[] = [];
    for await (const chunk of request.body as Readable) {
      chunks.push(String(chunk));
      firstRequestChunk?.();
    }
    return { received: chunks.join('') };
  });
  await upstream.listen({ port: 0, host: '127.0.0.1' });
  const { port } = upstream.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requestChunkArrived,
    releaseAll: () => release.splice(0).forEach((resolve) => resolve()),
    close: () => upstream.close(),
  };
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let proxy: TestSandbox;
const logLines: string[] = [];

const proxyConfig = (target: string, overrides: Partial<ObpProxyConfig> = {}): ObpProxyConfig => ({
  target,
  connectTimeoutMs: 2_000,
  responseTimeoutMs: 5_000,
  ...overrides,
});

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await createTestSandbox({
    customers: 0,
    config: { obpProxy: proxyConfig(upstream.url, { responseTimeoutMs: 300 }), logLevel: 'trace', logStream: { write: (line) => logLines.push(line) } },
  });
});
afterEach(() => upstream.releaseAll());
afterAll(async () => {
  upstream.releaseAll();
  await proxy.close();
  await upstream.close();
});

type Echo = { method: string; url: string; headers: Record<string, string>; body: string };

/** Calls that carry a secret: a token and a body, a password. */
const searchWithToken = () =>
  proxy.app.inject({
    method: 'POST',
    url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number?limit=5',
    headers: { 'content-type': 'application/json', DirectLogin: `token=${TOKEN}` },
    payload: '{"mobile_phone_number":"%44%"}',
  });
const signInWithPassword = () =>
  proxy.app.inject({ method: 'POST', url: '/my/logins/direct', headers: { DirectLogin: `username="u", password="${PASSWORD}", consumer_key="k"` } });

describe('the same-origin proxy', () => {
  it('forwards /obp/* with method, path, query and body; the sandbox’s own API does not answer', async () => {
    const response = await searchWithToken();
    expect(response.statusCode).toBe(201);
    const echo = response.json<Echo>();
    expect(echo).toMatchObject({ method: 'POST', url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number?limit=5', body: '{"mobile_phone_number":"%44%"}' });
    expect(echo.headers.directlogin).toBe(`token=${TOKEN}`);
    expect(echo.headers['content-type']).toBe('application/json');

    // GET /banks is a sandbox route; proxied, the upstream answers it.
    const banks = await proxy.app.inject({ method: 'GET', url: '/obp/v5.1.0/banks' });
    expect(banks.json<Echo>().url).toBe('/obp/v5.1.0/banks');
    expect(banks.headers['x-upstream']).toBe('yes');
  });

  it('forwards DirectLogin sign-in, and a non-JSON body untouched', async () => {
    const login = await signInWithPassword();
    expect(login.statusCode).toBe(201);
    expect(login.json()).toEqual({ token: TOKEN, directLogin: `username="u", password="${PASSWORD}", consumer_key="k"` });

    const form = await proxy.app.inject({ method: 'PUT', url: '/obp/v5.1.0/x', headers: { 'content-type': 'text/plain' }, payload: 'not json' });
    expect(form.json<Echo>()).toMatchObject({ method: 'PUT', body: 'not json' });
  });

  it('drops hop-by-hop headers both ways and sets X-Forwarded-For, -Proto and -Host', async () => {
    const response = await proxy.app.inject({
      method: 'GET',
      url: '/obp/v5.1.0/banks',
      remoteAddress: '203.0.113.9',
      headers: {
        host: 'desk.example.bank',
        connection: 'keep-alive, x-client-hop',
        'keep-alive': 'timeout=5',
        'x-client-hop': 'private to this connection',
        'proxy-authorization': 'Basic c2VjcmV0',
        te: 'trailers',
        upgrade: 'websocket',
        'x-forwarded-for': '198.51.100.7',
        'x-forwarded-proto': 'spoofed',
        'accept-language': 'es',
      },
    });
    const { headers } = response.json<Echo>();
    for (const name of ['keep-alive', 'x-client-hop', 'proxy-authorization', 'te', 'upgrade']) expect(headers).not.toHaveProperty(name);
    // The proxy's own connection to the OBP server has its own Connection header (undici's), not the browser's.
    expect(headers.connection ?? '').not.toContain('x-client-hop');
    expect(headers['accept-language']).toBe('es');
    expect(headers.host).toBe(new URL(upstream.url).host);
    expect(headers['x-forwarded-for']).toBe('198.51.100.7, 203.0.113.9');
    expect(headers['x-forwarded-proto']).toBe('http');
    expect(headers['x-forwarded-host']).toBe('desk.example.bank');

    expect(response.headers['x-upstream']).toBe('yes');
    for (const name of ['keep-alive', 'proxy-authenticate', 'x-listed-hop']) expect(response.headers).not.toHaveProperty(name);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 504 OBP-01003 when the OBP server does not answer in time', async () => {
    const response = await proxy.app.inject({ method: 'GET', url: '/obp/v5.1.0/slow' });
    expect(response.statusCode).toBe(504);
    expect(response.json()).toEqual({ code: 504, message: 'OBP-01003: Gateway Timeout. The OBP server did not answer in time. Waited 300 ms.' });
  });

  it('answers 502 OBP-01001 when the OBP server refuses the connection', async () => {
    const refused = await createTestSandbox({ customers: 0, config: { obpProxy: proxyConfig(`http://127.0.0.1:${await closedPort()}`) } });
    try {
      const response = await refused.app.inject({ method: 'POST', url: '/my/logins/direct', headers: { DirectLogin: 'username="u"' } });
      expect(response.statusCode).toBe(502);
      expect(response.json()).toEqual({ code: 502, message: 'OBP-01001: Bad Gateway. The OBP server could not be reached.' });
    } finally {
      await refused.close();
    }
  });

  it('maps a connect timeout to 504 OBP-01002 (undici’s code, as reply-from passes it on)', () => {
    const config = proxyConfig('http://obp.example', { connectTimeoutMs: 1500 });
    const error = Object.assign(new Error('Connect Timeout Error'), { cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }) });
    expect(proxyFailure(error, config)).toMatchObject({ status: 504, message: 'OBP-01002: Gateway Timeout. The OBP server did not accept a connection in time. Waited 1500 ms.' });
    expect(proxyFailure(Object.assign(new Error('x'), { cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } }), config)).toMatchObject({ status: 504 });
    expect(proxyFailure(Object.assign(new Error('x'), { cause: { code: 'ENOTFOUND' } }), config)).toMatchObject({ status: 502 });
  });

  it('streams: the browser gets the first bytes of an answer before the OBP server has finished it, and vice versa', async () => {
    const address = await proxy.app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/obp/v5.1.0/stream`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('{"first":"chunk"');
    upstream.releaseAll();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe(',"second":"chunk"}');

    // A request body: the OBP server reads the first chunk while the browser has not yet sent the second.
    let sendRest: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('part one;'));
        sendRest = () => {
          controller.enqueue(new TextEncoder().encode('part two'));
          controller.close();
        };
      },
    });
    const upload = fetch(`${address}/obp/v5.1.0/upload`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' }, duplex: 'half' } as RequestInit);
    await upstream.requestChunkArrived;
    sendRest!();
    expect(await (await upload).json()).toEqual({ received: 'part one;part two' });
  });

  it('never logs a token, a password or a body, on success or failure', async () => {
    // Calls of its own that carry each secret, one of them failing; the other checks' calls are in the log too.
    const from = logLines.length;
    await searchWithToken();
    await signInWithPassword();
    await proxy.app.inject({ method: 'PUT', url: '/obp/v5.1.0/x', headers: { 'content-type': 'text/plain' }, payload: 'not json' });
    await proxy.app.inject({ method: 'GET', url: '/obp/v5.1.0/banks', headers: { 'proxy-authorization': 'Basic c2VjcmV0' } });
    expect((await proxy.app.inject({ method: 'GET', url: '/obp/v5.1.0/slow' })).statusCode).toBe(504);
    const own = logLines.slice(from).join('\n');
    expect(own).toContain('"statusCode":504');
    expect(own).toContain('/obp/v5.1.0/banks');
    expect(own).toContain('/my/logins/direct');
    const logged = logLines.join('\n');
    for (const secret of [TOKEN, PASSWORD, 'c2VjcmV0', 'mobile_phone_number', 'not json', 'part one']) expect(logged).not.toContain(secret);
  });
});
