/**
 * What every message on the bus is: a type name, a version, the stream (topic, before any
 * prefix) it travels on, and the class that validates its payload. Consumers depend on these
 * definitions only, never on the code of the service that publishes them.
 */
export interface MessageDefinition<TPayload extends object = object> {
  readonly kind: 'event' | 'command';
  /** `<owner>.<aggregate>.<what happened>`, e.g. catalog.artwork.registered */
  readonly type: string;
  readonly version: number;
  /** Topic name before the deployment's prefix, e.g. artbridge.catalog.artwork */
  readonly stream: string;
  readonly payload: new () => TPayload;
}

export type PayloadOf<D> = D extends MessageDefinition<infer P> ? P : never;

export function defineEvent<T extends object>(
  type: string,
  version: number,
  stream: string,
  payload: new () => T,
): MessageDefinition<T> {
  return Object.freeze({ kind: 'event' as const, type, version, stream, payload });
}

export function defineCommand<T extends object>(
  type: string,
  version: number,
  stream: string,
  payload: new () => T,
): MessageDefinition<T> {
  return Object.freeze({ kind: 'command' as const, type, version, stream, payload });
}
