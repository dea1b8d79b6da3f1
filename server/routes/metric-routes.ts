import { FILTER_DATE_FORMAT_ERROR, invalidFilterParameter } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';
import { queryValue, type ObpRequest, type ObpRoute } from '../http/obp-routes';
import { parsePaging, parseSortDirection } from '../http/paging';
import { formatObpDate } from '../json/obp-dates';
import type { MetricFilter, MetricRecord } from '../repositories/metric-repository';
import type { RouteContext } from './route-context';

/** OBP's DateWithMs `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` (and its "rollback" form with a numeric zone). */
const DATE_WITH_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{4})$/;
/** OBP's ToDateInFuture when to_date is absent. */
const FAR_FUTURE = Date.UTC(2100, 0, 1);

function dateParameter(request: ObpRequest, name: string, fallback: number): number {
  const text = queryValue(request, name) ?? queryValue(request, `obp_${name}`);
  if (text === undefined) return fallback;
  const normalised = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = DATE_WITH_MS.test(text) ? Date.parse(normalised) : Number.NaN;
  if (Number.isNaN(parsed)) throw badRequest(invalidFilterParameter(FILTER_DATE_FORMAT_ERROR));
  return parsed;
}

const list = (request: ObpRequest, name: string): string[] | undefined =>
  queryValue(request, name)
    ?.split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

/** The filters of OBP's metrics endpoints (APIUtil.createQueriesByHttpParams); unknown parameters are ignored. */
function metricFilter(request: ObpRequest, ceiling: number): MetricFilter {
  const anon = queryValue(request, 'anon')?.toLowerCase();
  return {
    fromDate: dateParameter(request, 'from_date', 0),
    toDate: dateParameter(request, 'to_date', FAR_FUTURE),
    ...parsePaging(request, ceiling),
    sortDirection: parseSortDirection(request),
    userId: queryValue(request, 'user_id'),
    consumerId: queryValue(request, 'consumer_id'),
    anon: anon === 'true' ? true : anon === 'false' ? false : undefined,
    url: queryValue(request, 'url'),
    appName: queryValue(request, 'app_name'),
    implementedByPartialFunction: queryValue(request, 'implemented_by_partial_function'),
    implementedInVersion: queryValue(request, 'implemented_in_version'),
    verb: queryValue(request, 'verb'),
    correlationId: queryValue(request, 'correlation_id'),
    includeUrlPatterns: list(request, 'include_url_patterns'),
    excludeUrlPatterns: list(request, 'exclude_url_patterns'),
    includeAppNames: list(request, 'include_app_names'),
    excludeAppNames: list(request, 'exclude_app_names'),
    includeImplementedByPartialFunctions: list(request, 'include_implemented_by_partial_functions'),
    excludeImplementedByPartialFunctions: list(request, 'exclude_implemented_by_partial_functions'),
  };
}

/** OBP's MetricJsonV510, field for field. */
const metricJsonV510 = (metric: MetricRecord) => ({
  user_id: metric.userId,
  url: metric.url,
  date: formatObpDate(metric.date),
  user_name: metric.userName,
  app_name: metric.appName,
  developer_email: metric.developerEmail,
  implemented_by_partial_function: metric.implementedByPartialFunction,
  implemented_in_version: metric.implementedInVersion,
  consumer_id: metric.consumerId,
  verb: metric.verb,
  correlation_id: metric.correlationId,
  duration: metric.duration,
  source_ip: metric.sourceIp,
  target_ip: metric.targetIp,
  response_body: 'Not enabled',
});

/**
 * The audit trail the OBP way (v5.1.0 management endpoints): `GET /management/metrics` (CanReadMetrics) lists API
 * calls newest first, paged; `GET /management/aggregate-metrics` (CanReadAggregateMetrics) answers a list of one
 * AggregateMetricJSON. Both roles are granted at any bank.
 */
export function metricRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  return [
    {
      method: 'GET',
      url: '/management/metrics',
      implementedIn: 'v5.1.0',
      operation: 'getMetrics',
      handler: (request) => {
        const user = guards.authenticate(request);
        guards.requireRoles(user, 'getMetrics', '', 'at-bank');
        const filter = metricFilter(request, config.searchResultCeiling);
        // OBP's rows query (MappedMetrics.getAllMetrics) ignores the url patterns; only its aggregate applies them.
        if (!config.extensions.has('metrics-url-patterns')) Object.assign(filter, { includeUrlPatterns: undefined, excludeUrlPatterns: undefined });
        return { metrics: repositories.metrics.find(filter).map(metricJsonV510) };
      },
    },
    {
      method: 'GET',
      url: '/management/aggregate-metrics',
      implementedIn: 'v5.1.0',
      operation: 'getAggregateMetrics',
      handler: (request) => {
        const user = guards.authenticate(request);
        guards.requireRoles(user, 'getAggregateMetrics', '', 'at-bank');
        const aggregate = repositories.metrics.aggregate(metricFilter(request, Number.MAX_SAFE_INTEGER));
        return [
          {
            count: aggregate.count,
            average_response_time: aggregate.average,
            minimum_response_time: aggregate.minimum,
            maximum_response_time: aggregate.maximum,
          },
        ];
      },
    },
  ];
}
