import type { MessageDefinition } from '@artbridge/contracts';

/**
 * The commands a service sends. A command names the service that takes it, not the one that asks
 * (an event is sent by its owner); a service declares the messages it publishes or consumes
 * (ServicePlatformModule's `messages`, whose topics it creates), so a command it declares but
 * has no handler for is one it sends.
 */
export function commandsSent(
  declared: readonly MessageDefinition[],
  consumed: readonly string[],
): string[] {
  const sent = declared
    .filter((definition) => definition.kind === 'command' && !consumed.includes(definition.type))
    .map((definition) => definition.type);
  return [...new Set(sent)].sort();
}
