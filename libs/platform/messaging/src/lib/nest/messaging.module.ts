import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MessageBroker } from '../broker.port';
import { DeadLetterStore } from '../consumer/dead-letter-store';
import { KafkajsBroker } from '../kafkajs/kafkajs-broker';
import { Outbox } from '../outbox/outbox';
import { OutboxRelay } from '../outbox/outbox-relay';
import { provisionTopics } from '../provisioning';
import { TopicNames } from '../topic-names';
import { MESSAGE_BROKER, MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';
import { MessagingTransport } from './messaging.transport';
import { nestMessagingLogger } from './nest-messaging-logger';

/** Creates topics before anything publishes, runs the relay for the life of the service. */
@Injectable()
class MessagingLifecycle
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(MESSAGE_BROKER) private readonly broker: MessageBroker,
    private readonly topics: TopicNames,
    private readonly relay: OutboxRelay,
  ) {}

  async onModuleInit(): Promise<void> {
    await provisionTopics(
      this.broker,
      this.topics,
      this.options.service,
      this.options.definitions,
      this.options.partitions,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: MESSAGE_BROKER,
          useFactory: () =>
            new KafkajsBroker({
              brokers: options.brokers,
              clientId: options.service,
              log: (level, message, extra) =>
                new Logger('kafkajs')[level]({ msg: message, ...extra }),
            }),
        },
        { provide: TopicNames, useFactory: () => new TopicNames(options.topicPrefix) },
        {
          provide: Outbox,
          useFactory: (topics: TopicNames) => new Outbox(options.service, topics),
          inject: [TopicNames],
        },
        {
          provide: OutboxRelay,
          useFactory: (broker: MessageBroker) =>
            new OutboxRelay(
              options.databaseUrl,
              broker,
              nestMessagingLogger(new Logger('OutboxRelay')),
              options.relay,
            ),
          inject: [MESSAGE_BROKER],
        },
        {
          provide: DeadLetterStore,
          useFactory: (dataSource: DataSource) => new DeadLetterStore(dataSource),
          inject: [DataSource],
        },
        MessagingTransport,
        MessagingLifecycle,
      ],
      exports: [
        MESSAGING_OPTIONS,
        MESSAGE_BROKER,
        TopicNames,
        Outbox,
        OutboxRelay,
        DeadLetterStore,
        MessagingTransport,
      ],
    };
  }
}
