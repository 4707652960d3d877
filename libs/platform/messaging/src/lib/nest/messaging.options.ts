import type { MessageDefinition } from '@artbridge/contracts';
import type { RetryPolicy } from '../consumer/retry';
import type { OutboxRelayOptions } from '../outbox/outbox-relay';

export interface MessagingModuleOptions {
  /** The service: source of its messages, its consumer group, inbox and dead-letter names. */
  service: string;
  brokers: string[];
  /** Prepended to every topic, so isolated deployments can share one broker. */
  topicPrefix: string;
  /** Partition count of topics this service creates. */
  partitions: number;
  /** The messages this service publishes or consumes; their topics are created at start. */
  definitions: readonly MessageDefinition[];
  /** URL of the service's database, for the relay's LISTEN session. */
  databaseUrl: string;
  relay?: OutboxRelayOptions;
  retry?: Partial<RetryPolicy>;
  concurrency?: number;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const MESSAGE_BROKER = Symbol('MESSAGE_BROKER');
