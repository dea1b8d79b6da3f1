import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BANK_ID } from '../config';
import { createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

const INDEX_HTML = '<!doctype html><title>Customer Desk</title><div id="root"></div>';
const APP_SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `word-${index % 37}`))};`;

// Compressed at levels no on-the-fly compression uses, so that the bytes sent prove which file was read.
const APP_SCRIPT_BROTLI = brotliCompressSync(APP_SCRIPT, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const APP_SCRIPT_GZIP = gzipSync(APP_SCRIPT, { level: 1 });

let directory: string;
let sandbox: TestSandbox;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'customer-desk-console-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), INDEX_HTML);
  writeFileSync(join(directory, 'assets', 'index-abc123.js'), 'console.log("console")');
  // What the build's compression plugin writes beside each text asset.
  writeFileSync(join(directory, 'assets', 'app-def456.js'), APP_SCRIPT);
  writeFileSync(join(directory, 'assets', 'app-def456.js.br'), APP_SCRIPT_BROTLI);
  writeFileSync(join(directory, 'assets', 'app-def456.js.gz'), APP_SCRIPT_GZIP);
  writeFileSync(join(directory, 'index.html.br'), brotliCompressSync(INDEX_HTML));
  writeFileSync(join(directory, 'index.html.gz'), gzipSync(INDEX_HTML));
  sandbox = await createTestSandbox({
    customers: 10,
    config: {
      consoleDirectory: directory,
      consoleRuntimeConfig: { obpBaseUrl: 'https://obp.example.bank/', consumerKey: 'other-key', idleTimeoutMinutes: 5, idleWarningSeconds: 30, defaultBankId: DEFAULT_BANK_ID },
    },
  });
});

afterAll(async () => {
  await sandbox.close();
  rmSync(directory, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('serving the built console', () => {
  it('serves index.html with a strict Content-Security-Policy that allows the configured OBP origin', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Customer Desk</title>');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self'; connect-src 'self' https://obp.example.bank; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(response.headers).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    expect(response.headers).toMatchObject({ 'cross-origin-opener-policy': 'same-origin' });
    expect(response.headers['permissions-policy']).toContain('camera=()');
  });

  it('answers browser navigations to client routes with index.html', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/banks/gh.29.uk/customers?mode=phone&q=%25444%25', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('keeps OBP’s 404 for API paths and for requests that do not want HTML', async () => {
    for (const [url, headers] of [
      ['/obp/v5.1.0/no-such-endpoint', html],
      ['/my/logins/nothing', html],
      ['/banks/gh.29.uk/customers', { accept: 'application/json' }],
    ] as const) {
      const response = await sandbox.app.inject({ method: 'GET', url, headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().message).toMatch(/^OBP-10404: /);
    }
  });

  it('serves hashed assets as immutable', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the brotli file the build wrote to a browser that accepts brotli, gzip to one that accepts only gzip', async () => {
    const brotli = await sandbox.app.inject({ method: 'GET', url: '/assets/app-def456.js', headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers).toMatchObject({ 'content-encoding': 'br', vary: expect.stringMatching(/accept-encoding/i) });
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.rawPayload).toEqual(APP_SCRIPT_BROTLI);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(APP_SCRIPT);

    const gzip = await sandbox.app.inject({ method: 'GET', url: '/assets/app-def456.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload).toEqual(APP_SCRIPT_GZIP);
  });

  it('sends the original file, still varying by Accept-Encoding, to a client that accepts no compression', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/assets/app-def456.js', headers: { 'accept-encoding': 'identity' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body).toBe(APP_SCRIPT);
  });

  it('sends index.html compressed and to be revalidated, for / and for client routes', async () => {
    for (const url of ['/', '/banks/gh.29.uk/customers/C1/kyc']) {
      const response = await sandbox.app.inject({ method: 'GET', url, headers: { ...html, 'accept-encoding': 'br, gzip' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers, url).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'no-cache' });
      expect(response.headers.vary, url).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(INDEX_HTML);
    }
  });

  it('serves the runtime configuration it was given', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/config.json' });
    expect(response.json()).toMatchObject({ obpBaseUrl: 'https://obp.example.bank/', consumerKey: 'other-key', idleTimeoutMinutes: 5 });
  });
});
