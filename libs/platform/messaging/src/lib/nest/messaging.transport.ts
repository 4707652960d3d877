import { Inject, Injectable, Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import type { MessageBroker } from '../broker.port';
import { InboundHandler, MessageConsumer } from '../consumer/message-consumer';
import { Outbox } from '../outbox/outbox';
import { TopicNames } from '../topic-names';
import { MessageContext } from './message-context';
import { MESSAGE_BROKER, MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';
import { nestMessagingLogger } from './nest-messaging-logger';

/**
 * The NestJS transport strategy: every `@EventPattern('<message type>')` handler of the service
 * runs through the MessageConsumer, with inbox, retries and dead-lettering. Handlers stay plain.
 *
 *   app.connectMicroservice({ strategy: app.get(MessagingTransport) })
 */
@Injectable()
export class MessagingTransport extends Server implements CustomTransportStrategy {
  private consumer?: MessageConsumer;
  private consumes = false;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(MESSAGE_BROKER) private readonly broker: MessageBroker,
    private readonly dataSource: DataSource,
    private readonly topics: TopicNames,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const handlers = new Map<string, InboundHandler>();
      for (const [pattern, handler] of this.getHandlers()) {
        handlers.set(pattern, async (payload, context) => {
          const result = await handler(payload, new MessageContext(context));
          await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
        });
      }
      this.consumer = new MessageConsumer({
        name: this.options.service,
        handlers,
        definitions: this.options.definitions,
        topics: this.topics,
        broker: this.broker,
        dataSource: this.dataSource,
        outbox: this.outbox,
        logger: nestMessagingLogger(new Logger('MessageConsumer')),
        retry: this.options.retry,
        concurrency: this.options.concurrency,
      });
      this.consumes = this.consumer.subscribedTopics().length > 0;
      await this.consumer.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  isConnected(): boolean {
    return this.consumer?.isConnected() ?? false;
  }

  /**
   * The consumer as /health reports it: `none` when the service handles no message (or has
   * not started listening), else whether it is connected to the broker and in its group.
   */
  consumerState(): 'none' | 'connected' | 'disconnected' {
    if (!this.consumes) return 'none';
    return this.isConnected() ? 'connected' : 'disconnected';
  }

  on(): never {
    throw new Error('MessagingTransport has no events to subscribe to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
