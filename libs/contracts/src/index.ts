import 'reflect-metadata';
import * as catalog from './catalog';
import * as customs from './customs';
import * as logistics from './logistics';
import { MessageDefinition } from './lib/message-definition';
import * as payments from './payments';

export * from './catalog';
export * from './customs';
export * from './lib/artwork-attributes.dto';
export * from './lib/artwork-category';
export * from './lib/artwork-limits';
export * from './lib/message-definition';
export * from './lib/money.dto';
export * from './lib/prototype-member-keys';
export * from './lib/shipment-terms.dto';
export * from './lib/streams';
export * from './lib/unstorable-content';
export * from './lib/validators';
export * from './logistics';
export * from './payments';

function definitionsOf(module: Record<string, unknown>): MessageDefinition[] {
  return Object.values(module).filter(
    (value): value is MessageDefinition =>
      typeof value === 'object' &&
      value !== null &&
      'type' in value &&
      'stream' in value &&
      'payload' in value,
  );
}

/** Every message definition, for topic provisioning and schema export. */
export const ALL_MESSAGES: readonly MessageDefinition[] = [
  catalog,
  customs,
  payments,
  logistics,
].flatMap(definitionsOf);
