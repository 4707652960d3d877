import { MessagingTables1732400000000 } from './1732400000000-messaging-tables';
import { DeadLetters1732400000010 } from './1732400000010-dead-letters';

/** The platform's own tables, in order: put first in a service's migrations list. */
export const MESSAGING_MIGRATIONS = [MessagingTables1732400000000, DeadLetters1732400000010];
