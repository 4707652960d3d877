import { defineMessages } from '../i18n/messages';

/** Texts of the exporter screens (i18next namespace 'exporter'). */
export const exporterMessages = defineMessages({ title: 'exporter' }, { title: 'exporter' });
