import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BANK_ID } from '../config';
import { createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

let directory: string;
let sandbox: TestSandbox;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'customer-desk-console-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), '<!doctype html><title>Customer Desk</title><div id="root"></div>');
  writeFileSync(join(directory, 'assets', 'index-abc123.js'), 'console.log("console")');
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

  it('serves the runtime configuration it was given', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/config.json' });
    expect(response.json()).toMatchObject({ obpBaseUrl: 'https://obp.example.bank/', consumerKey: 'other-key', idleTimeoutMinutes: 5 });
  });
});
