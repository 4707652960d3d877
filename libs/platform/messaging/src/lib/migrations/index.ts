import { MessagingTables1732400000000 } from './1732400000000-messaging-tables';
import { DeadLetters1732400000010 } from './1732400000010-dead-letters';
import { OutboxFailedRows1732400000020 } from './1732400000020-outbox-failed-rows';
import { DeadLetterBytes1732400000030 } from './1732400000030-dead-letter-bytes';

/** The platform's own tables, in order: put first in a service's migrations list. */
export const MESSAGING_MIGRATIONS = [
  MessagingTables1732400000000,
  DeadLetters1732400000010,
  OutboxFailedRows1732400000020,
  DeadLetterBytes1732400000030,
];
