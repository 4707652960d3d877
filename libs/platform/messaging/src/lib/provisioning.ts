import type { MessageDefinition } from '@artbridge/contracts';
import type { MessageBroker } from './broker.port';
import { TopicNames } from './topic-names';

/**
 * Creates a service's topics (its streams and its dead-letter topic) with a set partition count.
 * The broker never auto-creates topics: a typo in a topic name fails loudly instead.
 */
export async function provisionTopics(
  broker: MessageBroker,
  topics: TopicNames,
  service: string,
  definitions: readonly MessageDefinition[],
  partitions: number,
): Promise<string[]> {
  const names = [
    ...new Set([...definitions.map((d) => topics.of(d.stream)), topics.deadLetter(service)]),
  ];
  const admin = await broker.admin();
  try {
    await admin.ensureTopics(names.map((topic) => ({ topic, partitions })));
  } finally {
    await admin.disconnect();
  }
  return names;
}
