import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

/** Request logs say who made each call (the user id), never how (the token): issue 10 §4. */
let sandbox: TestSandbox;
const lines: string[] = [];
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 10, config: { logLevel: 'info', logStream: { write: (line) => lines.push(line) } } });
});
afterAll(async () => sandbox.close());

type LogLine = { msg?: string; reqId?: string; req?: { path?: string }; res?: { statusCode?: number; userId?: string } };
const parsed = () => lines.map((line) => JSON.parse(line) as LogLine);
/** The "request completed" line of the request whose "incoming request" line had this path. */
const completedLineOf = (path: string): LogLine | undefined => {
  const all = parsed();
  const incoming = all.findLast((line) => line.req?.path === path);
  return all.find((line) => line.reqId === incoming?.reqId && line.res !== undefined);
};

describe('request logs', () => {
  it('carry the signed-in user’s id on the completed line, and never the token', async () => {
    const token = await sandbox.tokenOf('manager');
    const userId = sandbox.repositories.users.findByUsername('manager')!.userId;
    const path = `/obp/v5.1.0/banks/${BANK}/customers`;
    const response = await sandbox.as('manager', { method: 'GET', url: `${path}?limit=2` });
    expect(response.statusCode).toBe(200);
    expect(completedLineOf(path)?.res).toEqual({ statusCode: 200, userId });
    expect(lines.join('\n')).not.toContain(token);
  });

  it('carry no user for an anonymous or refused call', async () => {
    const path = '/obp/v5.1.0/users/current';
    await sandbox.app.inject({ method: 'GET', url: path, headers: { DirectLogin: 'token=forged-token-0123456789' } });
    const line = completedLineOf(path);
    expect(line?.res?.statusCode).toBe(400);
    expect(line?.res?.userId).toBeUndefined();
    expect(lines.join('\n')).not.toContain('forged-token-0123456789');
  });
});
