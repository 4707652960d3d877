import type { MessageDefinition } from '@artbridge/contracts';
import type { MessageContext, Outbox } from '@artbridge/platform-messaging';
import type { EntityManager } from 'typeorm';

/**
 * A message a use case wants sent, returned rather than sent so that the same use case serves a
 * message handler (follow-ups caused by the command) and an HTTP request (outbox, correlated with
 * the invoice's saga). Either way it is written in the transaction of the state change.
 */
export interface Announcement {
  readonly definition: MessageDefinition;
  readonly payload: object;
  readonly subject: string;
  /** the saga to correlate with when nothing caused it on the bus (HTTP) */
  readonly correlationId?: string;
}

/** Ties the payload's type to the definition's. */
export function announce<T extends object>(
  definition: MessageDefinition<T>,
  payload: T,
  subject: string,
  correlationId?: string,
): Announcement {
  return { definition, payload, subject, correlationId };
}

/** From a message handler: each follow-up is caused by, and correlated with, the message in hand. */
export async function publishFollowUps(
  context: MessageContext,
  announcements: readonly Announcement[],
): Promise<void> {
  for (const { definition, payload, subject } of announcements) {
    await context.publish(definition, payload, { subject });
  }
}

const OUTBOX_BATCH = 1_000;

/** From an HTTP use case: into the outbox in batches (an FX history import has ~7,000 days). */
export async function addToOutbox(
  outbox: Outbox,
  manager: EntityManager,
  announcements: readonly Announcement[],
): Promise<void> {
  for (let start = 0; start < announcements.length; start += OUTBOX_BATCH) {
    await outbox.addAll(
      manager,
      announcements.slice(start, start + OUTBOX_BATCH).map((a) => ({
        definition: a.definition,
        payload: a.payload,
        meta: { subject: a.subject, correlationId: a.correlationId },
      })),
    );
  }
}
