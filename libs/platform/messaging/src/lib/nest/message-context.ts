import type { MessageDefinition } from '@artbridge/contracts';
import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { InboundContext } from '../consumer/message-consumer';
import type { Envelope, EnvelopeMeta } from '../envelope';

/**
 * The `@Ctx()` of an `@EventPattern` handler: the envelope, and the transaction in which the
 * inbox records the message. Write state through `manager`, follow-ups through `publish`.
 */
export class MessageContext extends BaseRpcContext<[InboundContext]> implements InboundContext {
  constructor(private readonly inbound: InboundContext) {
    super([inbound]);
  }

  get envelope(): Envelope<object> {
    return this.inbound.envelope;
  }

  get manager(): EntityManager {
    return this.inbound.manager;
  }

  get chunk(): readonly Envelope<object>[] {
    return this.inbound.chunk;
  }

  publish<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    meta: Omit<EnvelopeMeta, 'causedBy'>,
  ): Promise<Envelope<T>> {
    return this.inbound.publish(definition, payload, meta);
  }
}
