import type { FastifyInstance } from 'fastify';
import type { MetricRecord, MetricRepository } from '../repositories/metric-repository';
import type { ObpRouteConfig } from './obp-routes';

const isApiPath = (url: string) => url.startsWith('/obp/') || url.startsWith('/my/');

/**
 * Records every API call as an OBP metric row (who, when, which operation, how long), after the answer is sent: rows
 * are buffered and written in one transaction on a later turn of the event loop, so no request waits for the write.
 */
export function installMetricRecorder(app: FastifyInstance, metrics: MetricRepository, now: () => number): void {
  let pending: MetricRecord[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    try {
      metrics.saveAll(batch);
    } catch (error) {
      app.log.error({ err: error, lost: batch.length }, 'metrics not recorded');
    }
  };

  app.addHook('onResponse', (request, reply, done) => {
    if (!isApiPath(request.url)) return done();
    const config = request.routeOptions.config as Partial<ObpRouteConfig>;
    pending.push({
      userId: request.userId ?? '',
      userName: request.userName ?? '',
      url: request.url,
      date: now(),
      appName: request.userId ? 'Customer Desk' : '',
      developerEmail: '',
      implementedByPartialFunction: config.operation ?? (request.url.startsWith('/my/logins/direct') ? 'directLogin' : ''),
      implementedInVersion: config.implementedIn ?? '',
      consumerId: '',
      verb: request.method,
      correlationId: String(request.id),
      duration: Math.round(reply.elapsedTime),
      sourceIp: request.ip,
      targetIp: '',
      status: reply.statusCode,
    });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
    done();
  });
  app.addHook('onClose', async () => flush());
}
