import { defineMessages } from '../i18n/messages';

/** Texts of the finance screens (i18next namespace 'finance'). */
export const financeMessages = defineMessages({ title: 'finance' }, { title: 'finance' });
