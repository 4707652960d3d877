import type { MessageDefinition } from '@artbridge/contracts';
import { Envelope, MessageContext, Outbox } from '@artbridge/platform-messaging';
import type { EntityManager } from 'typeorm';

/** What moved the saga: when it happened and which service said so (for the timeline). */
export interface StepTrigger {
  readonly at: Date;
  readonly source: string;
  readonly messageId: string | null;
}

/**
 * One saga step's transaction: state is written through `manager` and commands and events go
 * to the outbox in the same transaction, whether the step was driven by a reply, a request or
 * a deadline.
 */
export interface SagaStep {
  readonly manager: EntityManager;
  readonly trigger: StepTrigger;
  /** The shipments the rest of this transaction will touch: locked together with the first. */
  readonly related: readonly string[];
  send<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    shipmentId: string,
  ): Promise<void>;
}

/** Every saga reply names its shipment. Computed once per chunk. */
const related = new WeakMap<readonly Envelope<object>[], string[]>();
function shipmentsOf(chunk: readonly Envelope<object>[]): string[] {
  let ids = related.get(chunk);
  if (!ids) {
    ids = chunk
      .map((envelope) => (envelope.payload as { shipmentId?: unknown }).shipmentId)
      .filter((id): id is string => typeof id === 'string');
    related.set(chunk, ids);
  }
  return ids;
}

/** A step driven by a message: what it sends is caused by, and correlated with, that message. */
export function stepFromMessage(context: MessageContext): SagaStep {
  const { envelope } = context;
  const occurredAt = new Date(envelope.occurredAt);
  return {
    manager: context.manager,
    related: shipmentsOf(context.chunk),
    trigger: {
      // A sender's unreadable clock must not stop the saga: then it happened when we heard of it.
      at: Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt,
      source: envelope.source,
      messageId: envelope.id,
    },
    send: async (definition, payload, shipmentId) => {
      await context.publish(definition, payload, { subject: shipmentId });
    },
  };
}

/** A step logistics starts itself (a request, a deadline): the shipment id is the saga's id. */
export function localStep(manager: EntityManager, outbox: Outbox, at = new Date()): SagaStep {
  return {
    manager,
    related: [],
    trigger: { at, source: 'logistics', messageId: null },
    send: async (definition, payload, shipmentId) => {
      await outbox.add(manager, definition, payload, {
        subject: shipmentId,
        correlationId: shipmentId,
      });
    },
  };
}
