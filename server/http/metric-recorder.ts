import type { FastifyInstance } from 'fastify';
import type { MetricRepository } from '../repositories/metric-repository';
import type { ObpRouteConfig } from './obp-routes';

const isApiPath = (url: string) => url.startsWith('/obp/') || url.startsWith('/my/');

/**
 * Records every API call as an OBP metric row (who, when, which operation, how long), after the answer is sent: the
 * repository keeps the rows and writes them in one transaction a little later (`METRIC_WRITE_DELAY_MS`), so no request
 * waits for the write; a read of the metrics, and closing the app, writes what waits first.
 */
export function installMetricRecorder(app: FastifyInstance, metrics: MetricRepository, now: () => number): void {
  metrics.onWriteFailure((error, lost) => app.log.error({ err: error, lost }, 'metrics not recorded'));
  app.addHook('onResponse', (request, reply, done) => {
    if (!isApiPath(request.url)) return done();
    // An OBP route says which operation it is (registerObpRoutes); reading `routeOptions` builds an object per call.
    const route: Partial<ObpRouteConfig> = request.obpRoute ?? (request.routeOptions.config as Partial<ObpRouteConfig>);
    metrics.record({
      userId: request.userId ?? '',
      userName: request.userName ?? '',
      url: request.url,
      date: now(),
      appName: request.userId ? 'Customer Desk' : '',
      developerEmail: '',
      implementedByPartialFunction: route.operation ?? (request.url.startsWith('/my/logins/direct') ? 'directLogin' : ''),
      implementedInVersion: route.implementedIn ?? '',
      consumerId: '',
      verb: request.method,
      correlationId: String(request.id),
      duration: Math.round(reply.elapsedTime),
      sourceIp: request.ip,
      targetIp: '',
      status: reply.statusCode,
    });
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    metrics.writePending();
    done();
  });
}
