import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Histogram, type Registry } from 'prom-client';

export const HTTP_REQUEST_DURATION = 'http_server_request_duration_seconds';

/** The route label of a request no route took (a 404, or refused before the router). */
export const UNMATCHED_ROUTE = '(unmatched)';

/** A request as Express leaves it: `route` is the route that answered it, when one did. */
export type RoutedRequest = IncomingMessage & { route?: { path?: unknown } };

/**
 * The route a request took, as declared (`/artworks/:id`), never its URL: ids in the label
 * would make a series per artwork. Requests no route took share one label.
 */
export function routeLabel(req: RoutedRequest): string {
  const path = req.route?.path;
  if (typeof path === 'string') return isWildcardMount(path) ? UNMATCHED_ROUTE : path;
  return path === undefined ? UNMATCHED_ROUTE : String(path);
}

/**
 * Nest mounts middleware for every route (the request log) as a route that is one wildcard,
 * `/{*path}`, so a request that reaches no route of the app is left with that one. A route with
 * a wildcard after its own segments (the gateway's `/api/:service/*path`) is a route.
 */
const WHOLE_PATH_WILDCARD = /^\/?(?:\{\*[^/]*\}|\*[^/]*)$/;

function isWildcardMount(path: string): boolean {
  return WHOLE_PATH_WILDCARD.test(path);
}

/** The duration of every HTTP request an app answers, by method, route and status code. */
export function httpRequestDuration(
  registry: Registry,
): Histogram<'method' | 'route' | 'status_code'> {
  return new Histogram({
    name: HTTP_REQUEST_DURATION,
    help: 'Time from a request reaching the app to its response finishing, by route template.',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
}

const STARTED = Symbol('artbridge.metrics.started');
type TimedResponse = ServerResponse<RoutedRequest> & { [STARTED]?: number };

/**
 * Middleware timing each request into `histogram` when its response finishes (the route is
 * known only then). Per request: a timestamp on the response and one shared listener, then the
 * histogram's observe; no closure, no timer. A request whose client goes away before the
 * response finishes is not counted.
 */
export function observeHttpRequests(
  histogram: Histogram<'method' | 'route' | 'status_code'>,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  function finished(this: TimedResponse): void {
    const started = this[STARTED];
    if (started === undefined) return;
    this[STARTED] = undefined;
    histogram.observe(
      { method: this.req.method ?? '', route: routeLabel(this.req), status_code: this.statusCode },
      (performance.now() - started) / 1000,
    );
  }
  return (_req, res, next) => {
    (res as TimedResponse)[STARTED] = performance.now();
    res.on('finish', finished); // not once(): that wraps the listener in a closure per request
    next();
  };
}
