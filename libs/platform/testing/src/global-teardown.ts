import { kafkaScript } from './lib/infrastructure';

/** Stops the broker only if this run started it, and ARTBRIDGE_KEEP_KAFKA does not ask to keep it. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __startedKafka?: boolean }).__startedKafka;
  if (started && !process.env['ARTBRIDGE_KEEP_KAFKA']) await kafkaScript('stop');
}
