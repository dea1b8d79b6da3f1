import pino, { type Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { DeferredLogger } from './deferred-logger';

/** A pino root writing into an array, its clock fixed so that lines compare. */
const rootWith = (lines: string[]): Logger =>
  pino(
    { level: 'info', timestamp: () => ',"time":1', base: { pid: 1 }, serializers: { req: (request: { url: string }) => ({ path: request.url }) } },
    { write: (line: string) => lines.push(line) },
  );

describe('DeferredLogger', () => {
  it('writes what the pino child it stands for writes: bindings, options, serializers, levels', () => {
    const direct: string[] = [];
    const deferred: string[] = [];
    const log = (logger: { info: Logger['info']; debug: Logger['debug']; error: Logger['error']; child: (b: pino.Bindings, o?: pino.ChildLoggerOptions) => unknown }) => {
      const request = logger.child({ reqId: 'req-1' }, {}) as Logger;
      request.info({ req: { url: '/obp/v5.1.0/banks' } }, 'request completed');
      request.debug('not written at info');
      (request.child({ step: 2 }, { level: 'debug' }) as Logger).debug('written at debug');
      request.error({ err: new Error('boom') }, 'request failed');
    };
    log(rootWith(direct));
    log(new DeferredLogger(() => rootWith(deferred)) as unknown as Logger);
    expect(deferred).toHaveLength(3);
    // The error's stack names the line that made it, which differs between the two calls.
    const withoutStack = (line: string) => line.replace(/"stack":"[^"]*"/, '"stack":""');
    expect(deferred.map(withoutStack)).toEqual(direct.map(withoutStack));
    expect(deferred[0]).toBe('{"level":30,"time":1,"pid":1,"reqId":"req-1","req":{"path":"/obp/v5.1.0/banks"},"msg":"request completed"}\n');
  });

  it('makes no pino child until the child is used', () => {
    const root = rootWith([]);
    const child = vi.spyOn(root, 'child');
    const app = new DeferredLogger(() => root);
    const request = app.child({ reqId: 'req-2' });
    expect(child).not.toHaveBeenCalled();
    expect(request.isLevelEnabled('info')).toBe(true);
    expect(child).toHaveBeenCalledTimes(1);
    request.info('twice');
    request.warn('used');
    expect(child).toHaveBeenCalledTimes(1);
  });

  it('passes the level on, both ways', () => {
    const root = rootWith([]);
    const logger = new DeferredLogger(() => root);
    expect(logger.level).toBe('info');
    logger.level = 'warn';
    expect(root.level).toBe('warn');
    expect(logger.isLevelEnabled('info')).toBe(false);
    expect(logger.levels.values.warn).toBe(40);
  });
});
