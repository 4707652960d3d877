import type { Admin, Consumer } from 'kafkajs';
import { Kafka, KafkaJSProtocolError, logLevel } from 'kafkajs';
import {
  KafkajsAdmin,
  KafkajsBroker,
  kafkajsLogLine,
  lingerAfter,
  subscribeWhenLed,
} from './kafkajs-broker';

/** kafkajs' error for "This server does not host this topic-partition" (retriable). */
const notHosted = () => new KafkaJSProtocolError('This server does not host this topic-partition');

/** Metadata as kafkajs' admin answers it: `leader` -1 while the partition has none. */
const metadata = (leader: number) => ({
  topics: [{ name: 'abt.catalog.artwork', partitions: [{ partitionId: 0, leader }] }],
});

describe('KafkajsAdmin.ensureTopics (pure, kafkajs admin faked)', () => {
  it('waits for leaders even when every topic is already listed (a sibling service just created it)', async () => {
    const fetchTopicMetadata = jest
      .fn()
      .mockResolvedValueOnce(metadata(-1))
      .mockResolvedValueOnce(metadata(-1))
      .mockResolvedValue(metadata(1));
    const createTopics = jest.fn();
    const admin = new KafkajsAdmin({
      listTopics: jest.fn().mockResolvedValue(['abt.catalog.artwork']),
      createTopics,
      fetchTopicMetadata,
    } as unknown as Admin);

    await admin.ensureTopics([{ topic: 'abt.catalog.artwork', partitions: 1 }]);

    expect(createTopics).not.toHaveBeenCalled();
    expect(fetchTopicMetadata).toHaveBeenCalledTimes(3);
  });

  it('creates the missing topics, and accepts losing the race to create them', async () => {
    const listTopics = jest
      .fn()
      .mockResolvedValueOnce([])
      .mockResolvedValue(['abt.catalog.artwork']);
    const admin = new KafkajsAdmin({
      listTopics,
      createTopics: jest.fn().mockRejectedValue(new Error('Topic with this name already exists')),
      fetchTopicMetadata: jest.fn().mockResolvedValue(metadata(1)),
    } as unknown as Admin);

    await expect(
      admin.ensureTopics([{ topic: 'abt.catalog.artwork', partitions: 1 }]),
    ).resolves.toBeUndefined();
  });
});

describe('KafkajsAdmin.ensureTopics when the broker has not caught up with a topic it just created', () => {
  it('waits for the leaders itself instead of failing on "does not host this topic-partition"', async () => {
    const createTopics = jest.fn().mockRejectedValue(notHosted());
    const fetchTopicMetadata = jest
      .fn()
      .mockRejectedValueOnce(notHosted())
      .mockResolvedValueOnce(metadata(-1))
      .mockResolvedValue(metadata(1));
    const admin = new KafkajsAdmin({
      // not listed yet, before and after the create
      listTopics: jest.fn().mockResolvedValue([]),
      createTopics,
      fetchTopicMetadata,
    } as unknown as Admin);

    await admin.ensureTopics([{ topic: 'abt.catalog.artwork', partitions: 3 }]);

    expect(createTopics).toHaveBeenCalledWith({
      waitForLeaders: false,
      topics: [{ topic: 'abt.catalog.artwork', numPartitions: 3 }],
    });
    expect(fetchTopicMetadata).toHaveBeenCalledTimes(3);
  });

  it('still fails on an error waiting cannot fix, when the topic is not there', async () => {
    const admin = new KafkajsAdmin({
      listTopics: jest.fn().mockResolvedValue([]),
      createTopics: jest.fn().mockRejectedValue(new Error('Topic authorization failed')),
      fetchTopicMetadata: jest.fn(),
    } as unknown as Admin);
    await expect(
      admin.ensureTopics([{ topic: 'abt.catalog.artwork', partitions: 3 }]),
    ).rejects.toThrow('Topic authorization failed');
  });
});

describe('subscribeWhenLed (pure, kafkajs consumer faked)', () => {
  it('retries a subscription the broker refuses for a partition it does not host yet', async () => {
    const subscribe = jest.fn().mockRejectedValueOnce(notHosted()).mockResolvedValueOnce(undefined);
    await subscribeWhenLed({ subscribe } as unknown as Consumer, ['abt.catalog.artwork']);
    expect(subscribe).toHaveBeenCalledTimes(2);
  });

  it('fails at once on an error that retrying cannot fix', async () => {
    const subscribe = jest.fn().mockRejectedValue(new Error('SASL authentication failed'));
    await expect(
      subscribeWhenLed({ subscribe } as unknown as Consumer, ['abt.catalog.artwork']),
    ).rejects.toThrow('SASL authentication failed');
    expect(subscribe).toHaveBeenCalledTimes(1);
  });
});

describe('kafkajsLogLine (what a service logs of kafkajs)', () => {
  it('tells an error the broker answers and kafkajs retries as a warning, with the reason', () => {
    expect(
      kafkajsLogLine(
        logLevel.ERROR,
        'Response InitProducerId(key: 22, version: 1)',
        "The coordinator is loading and hence can't process requests for this group",
      ),
    ).toEqual({
      level: 'warn',
      message:
        "kafkajs: Response InitProducerId(key: 22, version: 1): The coordinator is loading and hence can't process requests for this group (retried)",
    });
  });

  it('tells a failed topic creation as a warning: ensureTopics checks the topics again', () => {
    expect(
      kafkajsLogLine(
        logLevel.ERROR,
        'Response CreateTopics(key: 19, version: 3)',
        'Topic creation errors',
      ),
    ).toEqual({
      level: 'warn',
      message:
        'kafkajs: Response CreateTopics(key: 19, version: 3): Topic creation errors (the topics are checked again)',
    });
  });

  it('keeps an error nothing retries an error, with its reason', () => {
    expect(
      kafkajsLogLine(
        logLevel.ERROR,
        'Response Produce(key: 0, version: 7)',
        'The request included a message larger than the max message size the server will accept',
      ),
    ).toEqual({
      level: 'error',
      message:
        'kafkajs: Response Produce(key: 0, version: 7): The request included a message larger than the max message size the server will accept',
    });
    expect(kafkajsLogLine(logLevel.ERROR, 'Crash: something', undefined)).toEqual({
      level: 'error',
      message: 'kafkajs: Crash: something',
    });
    expect(kafkajsLogLine(logLevel.WARN, 'Lagging', undefined).level).toBe('warn');
  });
});

describe('lingerAfter (how long a consumer waits before its next fetch)', () => {
  it('lingers after a small batch, so that the next fetch brings what arrived meanwhile', () => {
    expect(lingerAfter(1)).toBe(20);
    expect(lingerAfter(49)).toBe(20);
  });

  it('fetches again at once when nothing came (the broker holds that fetch) or the batch was large', () => {
    expect(lingerAfter(0)).toBe(0);
    expect(lingerAfter(50)).toBe(0);
    expect(lingerAfter(500)).toBe(0);
  });
});

describe('KafkajsBroker consumer: connected, as /health reports it (kafkajs consumer faked)', () => {
  it('is disconnected after a crash, and connected again once kafkajs has rejoined the group', async () => {
    const events = new Kafka({ brokers: ['127.0.0.1:1'] }).consumer({ groupId: 'g' }).events;
    const listeners = new Map<string, () => void>();
    const fake = {
      events,
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      connect: async () => undefined,
      subscribe: async () => undefined,
      run: async () => undefined,
    };
    const broker = new KafkajsBroker({ brokers: ['127.0.0.1:1'], clientId: 'health' });
    (broker as unknown as { kafka: unknown }).kafka = { consumer: () => fake };
    const consumer = broker.consumer({ groupId: 'g' });
    await consumer.run(['t'], async () => undefined);
    expect(consumer.isConnected()).toBe(true);
    // a crash: kafkajs disconnects, then restarts the consumer without a CONNECT event
    listeners.get(events.DISCONNECT)!();
    listeners.get(events.CRASH)!();
    expect(consumer.isConnected()).toBe(false);
    listeners.get(events.GROUP_JOIN)!();
    expect(consumer.isConnected()).toBe(true);
  });
});
