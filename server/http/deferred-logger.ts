import pino, { type Bindings, type ChildLoggerOptions, type Level, type LevelWithSilentOrString, type Logger } from 'pino';

/**
 * A pino logger that is made when it is first used. Fastify makes a child logger for every request (`request.log`,
 * bound to its id) before any hook runs, request logging off or not; pino's `child` costs ~2,700 instructions
 * (callgrind) — 2 % of a GET customer — and most requests never log through it: the request line is written by
 * `installRequestLog`, and `request.log` is used only when something fails. Deferred, a request's logger costs one
 * small object, and the first call to it makes the same pino child (same bindings, same options, same lines).
 *
 * Fastify takes it as its `loggerInstance`: it asks for the methods it checks (info … trace, child), the level, the
 * levels and pino's serializers symbol, each passed on to the pino logger.
 */
export class DeferredLogger {
  #logger: Logger | undefined;
  readonly #make: () => Logger;

  constructor(make: () => Logger) {
    this.#make = make;
  }

  /** The pino logger, made at the first call. */
  get logger(): Logger {
    return (this.#logger ??= this.#make());
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): DeferredLogger {
    return new DeferredLogger(() => this.logger.child(bindings, options));
  }

  fatal(...args: Parameters<Logger['fatal']>): void {
    this.logger.fatal(...args);
  }
  error(...args: Parameters<Logger['error']>): void {
    this.logger.error(...args);
  }
  warn(...args: Parameters<Logger['warn']>): void {
    this.logger.warn(...args);
  }
  info(...args: Parameters<Logger['info']>): void {
    this.logger.info(...args);
  }
  debug(...args: Parameters<Logger['debug']>): void {
    this.logger.debug(...args);
  }
  trace(...args: Parameters<Logger['trace']>): void {
    this.logger.trace(...args);
  }
  silent(...args: Parameters<Logger['silent']>): void {
    this.logger.silent(...args);
  }

  get level(): LevelWithSilentOrString {
    return this.logger.level;
  }
  set level(level: LevelWithSilentOrString) {
    this.logger.level = level;
  }
  get levels(): Logger['levels'] {
    return this.logger.levels;
  }
  isLevelEnabled(level: Level): boolean {
    return this.logger.isLevelEnabled(level);
  }
  bindings(): Bindings {
    return this.logger.bindings();
  }
  flush(callback?: (error?: Error) => void): void {
    this.logger.flush(callback);
  }
  /** pino's serializers, which Fastify merges into the options of the logger it makes from this one. */
  get [pino.symbols.serializersSym](): unknown {
    return (this.logger as unknown as Record<symbol, unknown>)[pino.symbols.serializersSym];
  }
}
