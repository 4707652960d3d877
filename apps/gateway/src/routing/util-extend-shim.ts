// the module object itself (a namespace import would be a copy of it)
import util from 'node:util';

type Extend = (target: object, source: unknown) => object;

/**
 * `util._extend` without its deprecation warning. http-proxy 1.18.1 (its last release, and
 * http-proxy-middleware's engine) copies every proxied request's headers with it, and from Node
 * 22 on the first call prints a DeprecationWarning (DEP0060) on the gateway's stderr. This does
 * what Node's own `_extend` does (a source that is not an object leaves the target as it is;
 * own enumerable string keys are copied). It must be in place before http-proxy is loaded, which
 * takes its own reference to the function then.
 */
export function extend(target: object, source: unknown): object {
  if (source === null || typeof source !== 'object') return target;
  const into = target as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  for (const key of Object.keys(from)) into[key] = from[key];
  return target;
}

(util as unknown as { _extend: Extend })._extend = extend;
