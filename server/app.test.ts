import type { Transform } from 'node:stream';
import { brotliDecompressSync, createBrotliCompress, createBrotliDecompress, createGunzip, createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSION_OPTIONS, COMPRESSION_THRESHOLD_BYTES } from './app';
import { createTestSandbox, errorOf, type TestSandbox } from './test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 10 });
});
afterAll(async () => sandbox.close());

const NOT_FOUND =
  'OBP-10404: 404 Not Found. The server could not find the requested URI. Please double check your URL, headers and body. ' +
  'Note: When you are making a POST or PUT request, the Content-Type header MUST be `application/json`. Note: OBP only supports JSON formatted bodies.';

describe('the OBP envelope', () => {
  it.each([
    ['GET', '/obp/v5.1.0/no-such-endpoint'],
    ['GET', '/nothing-here'],
    ['DELETE', '/obp/v5.1.0/banks'],
    ['GET', '/obp/v9.9.9/banks'],
    ['GET', '/my/logins/direct'],
  ] as const)('answers %s %s with OBP’s 404', async (method, url) => {
    const response = await sandbox.app.inject({ method, url });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 404, message: NOT_FOUND });
  });

  it('answers a malformed URL in the OBP shape, never Fastify’s', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/banks/%E0%A4%A' });
    expect(response.json()).toEqual({ code: response.statusCode, message: expect.stringMatching(/^OBP-\d{5}: /) });
  });

  it('answers a body over the size limit in the OBP shape', async () => {
    const response = await sandbox.as('teller', {
      method: 'POST',
      url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ mobile_phone_number: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorOf(response).message).toMatch(/^OBP-10001: Incorrect json format\. /);
  });

  it('refuses a JSON body that tries to set __proto__', async () => {
    const response = await sandbox.as('teller', {
      method: 'POST',
      url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number',
      headers: { 'content-type': 'application/json' },
      payload: '{"mobile_phone_number": "%", "__proto__": {"admin": true}}',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(/^OBP-10001: /);
  });

  it('takes a request body as it is sent: a gzip-compressed one is refused as invalid JSON, never inflated', async () => {
    const search = { method: 'POST', url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number' } as const;
    const body = JSON.stringify({ mobile_phone_number: '%' });
    expect((await sandbox.as('teller', { ...search, headers: { 'content-type': 'application/json' }, payload: body })).statusCode).toBe(201);
    const compressed = await sandbox.as('teller', {
      ...search,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(body),
    });
    expect(compressed.statusCode).toBe(400);
    expect(errorOf(compressed).message).toMatch(/^OBP-10001: /);
  });

  it('marks API answers as not cacheable and not sniffable', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/banks' });
    expect(response.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  });
});

describe('compressed API answers', () => {
  const searchPage = (acceptEncoding: string) =>
    sandbox.as('teller', {
      method: 'POST',
      url: '/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number?limit=10&offset=0',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
      payload: JSON.stringify({ mobile_phone_number: '%' }),
    });

  it('sends JSON of 1 kB or more as brotli, or gzip, by Accept-Encoding, and says that it varies by it', async () => {
    const plain = await searchPage('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThanOrEqual(COMPRESSION_THRESHOLD_BYTES);

    const brotli = await searchPage('gzip, deflate, br');
    expect(brotli.statusCode).toBe(201);
    expect(brotli.headers).toMatchObject({ 'content-encoding': 'br', vary: expect.stringMatching(/accept-encoding/i) });
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(plain.json());

    const gzip = await searchPage('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
  });

  it('sends each chunk of a streamed answer as soon as it is compressed, not once megabytes have piled up', async () => {
    const chunk = JSON.stringify(Array.from({ length: 50 }, (_, index) => ({ customer_id: `c-${index}`, legal_name: 'Eveline Tripman' })));
    const writeAndRead = async (stream: Transform, bytes: string | Buffer): Promise<Buffer> => {
      await new Promise((written) => stream.write(bytes, written));
      // Still open (more chunks to come), yet what was written can already be taken.
      expect(stream.readableLength).toBeGreaterThan(0);
      return stream.read() as Buffer;
    };
    for (const [compressor, decompressor] of [
      [createBrotliCompress(COMPRESSION_OPTIONS.brotliOptions), createBrotliDecompress()],
      [createGzip(COMPRESSION_OPTIONS.zlibOptions), createGunzip()],
    ]) {
      const sent = await writeAndRead(compressor!, chunk);
      expect((await writeAndRead(decompressor!, sent)).toString()).toBe(chunk);
      compressor!.destroy();
      decompressor!.destroy();
    }
  });

  it('sends answers under 1 kB as they are', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/no-such-endpoint', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ code: 404, message: NOT_FOUND });
  });
});

describe('GET /config.json', () => {
  it('serves the console’s runtime configuration, never cached', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/config.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      obpBaseUrl: '',
      consumerKey: 'customer-desk',
      idleTimeoutMinutes: 15,
      idleWarningSeconds: 60,
      defaultBankId: 'gh.29.uk',
    });
  });
});
