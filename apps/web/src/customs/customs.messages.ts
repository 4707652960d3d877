import { defineMessages } from '../i18n/messages';

/** Texts of the customs screens (i18next namespace 'customs'). */
export const customsMessages = defineMessages({ title: 'customs' }, { title: 'customs' });
