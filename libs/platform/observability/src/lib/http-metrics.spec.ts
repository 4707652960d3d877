import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTP_REQUEST_DURATION,
  httpRequestDuration,
  observeHttpRequests,
  routeLabel,
  UNMATCHED_ROUTE,
} from './http-metrics';
import { createMetricsRegistry } from './metrics-registry';

/** A request and its response as Express hands them to middleware, `route` set by the router. */
function exchange(method: string, url: string, route?: string) {
  const req = { method, url, ...(route !== undefined && { route: { path: route } }) };
  const res = Object.assign(new EventEmitter(), { req, statusCode: 200 });
  return {
    req: req as unknown as IncomingMessage,
    res: res as unknown as ServerResponse & { statusCode: number },
  };
}

describe('routeLabel', () => {
  it('is the route as declared, never the URL', () => {
    const { req } = exchange('GET', '/artworks/0192c1f5-aaaa?x=1', '/artworks/:id');
    expect(routeLabel(req)).toBe('/artworks/:id');
  });

  it('is one label for every request no route took', () => {
    expect(routeLabel(exchange('GET', '/no/such/0192c1f5').req)).toBe(UNMATCHED_ROUTE);
    // what the router leaves behind after the request log, mounted by Nest for every route
    expect(routeLabel(exchange('GET', '/no/such/0192c1f5', '/{*path}').req)).toBe(UNMATCHED_ROUTE);
    expect(routeLabel(exchange('GET', '/no/such', '*splat').req)).toBe(UNMATCHED_ROUTE);
  });

  it('keeps a route whose wildcard follows segments of its own', () => {
    const { req } = exchange('GET', '/api/catalog/artworks', '/api/:service/*path');
    expect(routeLabel(req)).toBe('/api/:service/*path');
  });
});

describe('observeHttpRequests', () => {
  it('observes each request at its finish, by method, route template and status code', async () => {
    const registry = createMetricsRegistry('catalog');
    const observe = observeHttpRequests(httpRequestDuration(registry));
    for (const [id, status] of [
      ['0192c1f5-0000-7000-8000-000000000001', 200],
      ['0192c1f5-0000-7000-8000-000000000002', 200],
      ['0192c1f5-0000-7000-8000-000000000003', 404],
    ] as const) {
      const { req, res } = exchange('GET', `/artworks/${id}`, '/artworks/:id');
      const next = jest.fn();
      observe(req, res, next);
      expect(next).toHaveBeenCalledTimes(1);
      res.statusCode = status;
      res.emit('finish');
      res.emit('finish'); // counted once, however often it is told
    }
    const unmatched = exchange('POST', '/nowhere/42');
    observe(unmatched.req, unmatched.res, () => undefined);
    unmatched.res.statusCode = 404;
    unmatched.res.emit('finish');

    const text = await registry.metrics();
    const count = (labels: string) =>
      Number(
        new RegExp(`^${HTTP_REQUEST_DURATION}_count\\{${labels}\\} (\\S+)$`, 'm').exec(text)?.[1],
      );
    expect(count('service="catalog",method="GET",route="/artworks/:id",status_code="200"')).toBe(2);
    expect(count('service="catalog",method="GET",route="/artworks/:id",status_code="404"')).toBe(1);
    expect(count(`service="catalog",method="POST",route="\\(unmatched\\)",status_code="404"`)).toBe(
      1,
    );
    expect(text).not.toContain('0192c1f5');
    expect(text).not.toContain('/nowhere');
    // the process's own, labelled with the service too
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="catalog"\} /m);
  });
});
