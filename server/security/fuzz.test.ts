import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../seed/seeded-random';
import { BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

/**
 * A deterministic fuzz corpus (same seed, same 2,400 requests every run) over the API and the static file server:
 * odd paths, methods, headers and bodies. Every answer must be below 500, and every refusal in OBP's error shape.
 */
let sandbox: TestSandbox;
let token: string;
beforeAll(async () => {
  const consoleDirectory = mkdtempSync(join(tmpdir(), 'fuzz-console-'));
  mkdirSync(join(consoleDirectory, 'assets'));
  writeFileSync(join(consoleDirectory, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(consoleDirectory, 'assets', 'app.js'), 'export {};');
  sandbox = await createTestSandbox({ customers: 20, config: { consoleDirectory } });
  token = await sandbox.tokenOf('admin');
});
afterAll(async () => sandbox.close());

const SEGMENTS = [
  '..', '.', '', '%00', '%2e%2e', '%2f', 'x'.repeat(256), '%ff', '%', '%zz', ';', '~', 'index.html', 'assets', 'app.js',
  'obp', 'v5.1.0', 'banks', BANK, 'customers', 'customer-number', 'search', 'mobile-phone-number', 'kyc_checks', 'management',
  'metrics', 'my', 'logins', 'direct', "'", '"', '<script>', '\u00e9', '%E2%80%AE', 'a b', '%20', '\\', 'NULL', '-1', '0',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const BODIES = [
  undefined, '{}', '[]', 'null', '{', '{"a":', deep(3000), `{"a":${deep(40)}}`, '{"mobile_phone_number":"%"}',
  JSON.stringify({ customer_id: 'x'.repeat(100), bank_id: '../../etc' }), '"\\ud800"', 'x'.repeat(2000), '{"__proto__":{"a":1}}',
  '{"constructor":{"prototype":{"a":1}}}', '1e999', '{"legal_name":null}',
];
const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', undefined];
const AUTHORIZATIONS = [{}, { DirectLogin: 'token=forged' }, { Authorization: 'Bearer x' }, { DirectLogin: 'username="a\u0000"' }, 'admin'] as const;

function corpus(size: number): InjectOptions[] {
  const random = new SeededRandom(10);
  const pick = <T>(items: readonly T[]): T => items[random.integer(0, items.length - 1)]!;
  const requests: InjectOptions[] = [];
  for (let index = 0; index < size; index += 1) {
    const prefix = pick(['', '/obp/v5.1.0', `/obp/v5.1.0/banks/${BANK}`, '/assets', '/my/logins', '/obp/v4.0.0/banks']);
    const segments = Array.from({ length: random.integer(1, 4) }, () => pick(SEGMENTS));
    const separator = pick(['/', '/', '/', '//', '/./', '/../']);
    const url = `${prefix}${separator}${segments.join('/')}${pick(['', '', '?limit=0', '?limit=abc&offset=-1', '?a=%', '?from_date=x'])}`;
    const method = pick(METHODS);
    const body = method === 'GET' || method === 'HEAD' ? undefined : pick(BODIES);
    const contentType = body === undefined ? undefined : pick(CONTENT_TYPES);
    const authorization = pick(AUTHORIZATIONS);
    const headers: Record<string, string> = {
      ...(authorization === 'admin' ? { DirectLogin: `token=${token}` } : authorization),
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(random.integer(0, 3) === 0 ? { accept: 'text/html' } : {}),
    };
    requests.push({ method, url, headers, ...(body === undefined ? {} : { payload: body }) });
  }
  return requests;
}

describe('fuzz corpus', () => {
  it('answers 2,400 odd requests with 0 × 5xx, every refusal in OBP’s error shape', async () => {
    const requests = corpus(2_400);
    const failures: string[] = [];
    for (const request of requests) {
      const response = await sandbox.app.inject(request);
      const what = `${request.method} ${request.url} -> ${response.statusCode}`;
      if (response.statusCode >= 500) failures.push(what);
      else if (response.statusCode >= 400 && request.method !== 'HEAD') {
        let body: unknown;
        try {
          body = response.json();
        } catch {
          body = undefined;
        }
        const shaped = typeof body === 'object' && body !== null && (body as { code?: unknown }).code === response.statusCode &&
          /^OBP-\d{5}: /.test(String((body as { message?: unknown }).message));
        if (!shaped) failures.push(`${what} not in OBP's shape: ${response.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
