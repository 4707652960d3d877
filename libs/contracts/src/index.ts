import { ArtworkRegistered } from './catalog';
import { MessageDefinition } from './lib/message-definition';

export * from './catalog';
export * from './lib/artwork-category';
export * from './lib/message-definition';
export * from './lib/money.dto';
export * from './lib/streams';
export * from './lib/validators';

/** Every message definition, for topic provisioning and schema export. */
export const ALL_MESSAGES: readonly MessageDefinition[] = [ArtworkRegistered];
