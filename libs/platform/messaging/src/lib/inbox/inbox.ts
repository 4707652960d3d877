import type { EntityManager } from 'typeorm';

/**
 * Records which messages a consumer has handled, in the handler's own transaction: a message
 * delivered again finds its id here and changes nothing.
 */
export async function claimInbox(
  manager: EntityManager,
  consumer: string,
  messageIds: string[],
): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows: { message_id: string }[] = await manager.query(
    `INSERT INTO messaging_inbox (consumer, message_id)
     SELECT $1, id FROM unnest($2::uuid[]) AS id
     ON CONFLICT DO NOTHING RETURNING message_id`,
    [consumer, messageIds],
  );
  return new Set(rows.map((row) => row.message_id));
}
