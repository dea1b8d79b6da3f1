import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createTestSandbox } from '../test-support/test-sandbox';
import { completedRequestLine, completedRequestLineOf, processBindings, type CompletedRequest } from './request-log';

/** The line pino itself writes for the same request, with the serializers app.ts gives it and a fixed time. */
function pinoLine(request: CompletedRequest): string {
  const lines: string[] = [];
  const logger = pino(
    {
      level: 'info',
      timestamp: () => `,"time":${request.time}`,
      serializers: {
        req: (value: { method: string; url: string }) => ({ method: value.method, path: value.url.split('?')[0] }),
        res: (value: { statusCode: number; request: { userId?: string } }) => ({ statusCode: value.statusCode, userId: value.request.userId }),
      },
    },
    { write: (line: string) => lines.push(line) },
  );
  logger
    .child({ reqId: request.reqId })
    .info(
      { req: { method: request.method, url: `${request.path}?q=1` }, res: { statusCode: request.statusCode, request: { userId: request.userId } }, responseTime: request.responseTime },
      'request completed',
    );
  return lines[0]!;
}

describe('completedRequestLine', () => {
  const signedIn: CompletedRequest = {
    time: 1_796_191_088_755,
    reqId: 'req-2a',
    method: 'GET',
    path: '/obp/v5.1.0/banks/gh.29.uk/customers/5d0f-"quoted"\\-ü',
    statusCode: 200,
    userId: '9ca9a7e4-6d02-4ab3-a3b2-7d5b7d8e5a21',
    responseTime: 0.4182,
  };

  it('is byte for byte the line pino writes, with a user', () => {
    expect(completedRequestLine(processBindings(), signedIn)).toBe(pinoLine(signedIn));
  });

  it('is byte for byte the line pino writes without a user (an anonymous or refused call)', () => {
    const anonymous = { ...signedIn, userId: undefined, statusCode: 400, method: 'POST', path: '/my/logins/direct', responseTime: 12 };
    expect(completedRequestLine(processBindings(), anonymous)).toBe(pinoLine(anonymous));
    expect(JSON.parse(completedRequestLine(processBindings(), anonymous))).toMatchObject({ level: 30, res: { statusCode: 400 }, msg: 'request completed' });
  });

  it('is byte for byte the line pino writes for plain ASCII values, and gives its size in bytes only when it is ASCII', () => {
    const plain = { ...signedIn, path: '/obp/v5.1.0/banks/gh.29.uk/customers/5d0f' };
    const { line, bytes } = completedRequestLineOf(processBindings(), true, plain);
    expect(line).toBe(pinoLine(plain));
    expect(bytes).toBe(Buffer.byteLength(line));
    // A value JSON must escape or that is not ASCII leaves the size to the destination, as do bindings that are not ASCII.
    expect(completedRequestLineOf(processBindings(), true, signedIn).bytes).toBeUndefined();
    expect(completedRequestLineOf(processBindings(), true, { ...plain, path: '/a"b' }).bytes).toBeUndefined();
    expect(completedRequestLineOf(processBindings(), false, plain).bytes).toBeUndefined();
  });

  it('writes the time of each request, also when several complete in the same millisecond', () => {
    const times = [1_796_191_088_755, 1_796_191_088_755, 1_796_191_088_756].map(
      (time) => (JSON.parse(completedRequestLine(processBindings(), { ...signedIn, time })) as { time: number }).time,
    );
    expect(times).toEqual([1_796_191_088_755, 1_796_191_088_755, 1_796_191_088_756]);
  });
});

describe('the request log of the app', () => {
  it('writes the line at info, and nothing at warn', async () => {
    for (const [logLevel, expected] of [['info', 1], ['warn', 0]] as const) {
      const lines: string[] = [];
      const sandbox = await createTestSandbox({ customers: 1, config: { logLevel, logStream: { write: (line) => lines.push(line) } } });
      try {
        expect((await sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/banks' })).statusCode).toBe(200);
        const completed = lines.map((line) => JSON.parse(line) as { msg?: string; req?: { path?: string } }).filter((line) => line.msg === 'request completed');
        expect(completed).toHaveLength(expected);
        if (expected) expect(completed[0]!.req).toEqual({ method: 'GET', path: '/obp/v5.1.0/banks' });
      } finally {
        await sandbox.close();
      }
    }
  });
});
