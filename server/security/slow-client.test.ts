import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

/** A real socket against a listening sandbox on an ephemeral 127.0.0.1 port: a body that never finishes. */
let sandbox: TestSandbox;
let port: number;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 10, config: { requestTimeoutMs: 800, headersTimeoutMs: 400 } });
  await sandbox.app.listen({ host: '127.0.0.1', port: 0 });
  port = (sandbox.app.server.address() as { port: number }).port;
});
afterAll(async () => sandbox.close());

/** Sends `text`, then nothing more; resolves with what the server wrote before it closed the socket. */
const stall = (text: string) =>
  new Promise<{ answer: string; milliseconds: number }>((resolve, reject) => {
    const started = performance.now();
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, milliseconds: performance.now() - started }));
  });

describe('a slow client', () => {
  it('a body that never finishes: 408 in OBP’s error shape, socket closed after REQUEST_TIMEOUT_MS', async () => {
    const { answer, milliseconds } = await stall(
      'POST /obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"mobile_',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
      code: 408,
      message: 'OBP-10017: Incorrect URL Format. The request did not arrive in time.',
    });
    expect(milliseconds).toBeLessThan(5_000);
  });

  it('headers that never finish: the socket is closed too', async () => {
    const { answer } = await stall('GET /obp/v5.1.0/banks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('an unparsable request line: 400 in OBP’s error shape', async () => {
    const { answer } = await stall('NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":400');
    expect(answer).toContain('OBP-10017');
  });
});
