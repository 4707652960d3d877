import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DECLARATION_STATUSES } from '../api/declaration.types';
import { ESCROW_STATUSES, INVOICE_LINE_KINDS, INVOICE_STATUSES } from '../api/invoice.types';
import type { MessageTree } from '../i18n/messages';
import { exporterMessages } from './exporter.messages';
import * as codes from './shared/codes';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx$/.test(name) && !/\.spec\.tsx$/.test(name) ? [path] : [];
  });
}

function lookup(tree: MessageTree, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as MessageTree | undefined)?.[part], tree);
}

/** Every key a screen asks for, in every language: a missing text would show as its key. */
describe('the exporter texts', () => {
  const languages = Object.entries(exporterMessages) as [string, MessageTree][];

  it('have every key the screens use, in English and Simplified Chinese', () => {
    const keys = new Set<string>();
    for (const file of sourceFiles(__dirname)) {
      const source = readFileSync(file, 'utf8');
      if (!source.includes("useTranslation('exporter')")) continue;
      for (const match of source.matchAll(/\bt\('([\w.]+)'/g)) keys.add(match[1]);
    }
    expect(keys.size).toBeGreaterThan(100);
    for (const [language, texts] of languages) {
      const missing = [...keys].filter((key) => typeof lookup(texts, key) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('name every value of the lists the screens offer', () => {
    const lists: [string, readonly string[]][] = [
      ['categories', codes.ARTWORK_CATEGORIES],
      ['artworkStatuses', codes.ARTWORK_STATUSES],
      ['shipmentStatuses', codes.SHIPMENT_STATUSES],
      ['incoterms', codes.INCOTERM_RULES],
      ['transportModes', codes.TRANSPORT_MODES],
      ['clauses', codes.INSURANCE_CLAUSES],
      ['packageTypes', codes.PACKAGE_TYPES],
      ['packageMaterials', codes.PACKAGE_MATERIALS],
      ['trackingTypes', codes.TRACKING_EVENT_TYPES],
      ['deadlineKinds', codes.DEADLINE_KINDS],
      ['deadlineStates', codes.DEADLINE_STATES],
      ['declarationStatuses', DECLARATION_STATUSES],
      ['invoiceStatuses', INVOICE_STATUSES],
      ['invoiceLineKinds', INVOICE_LINE_KINDS],
      ['escrowStatuses', ESCROW_STATUSES],
      ['importStatuses', codes.IMPORT_STATUSES],
      ['timelineTypes', codes.TIMELINE_TYPES],
      ['sources', codes.TIMELINE_SOURCES],
      ['reservationRefusals', codes.RESERVATION_REFUSAL_REASONS],
      ['ipLicenceStatuses', codes.IP_LICENCE_STATUSES],
    ];
    for (const [language, texts] of languages) {
      const missing = lists.flatMap(([list, values]) =>
        values.filter((value) => typeof lookup(texts, `${list}.${value}`) !== 'string'),
      );
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('are really translated: no Chinese text is left in English', () => {
    const flat = (tree: MessageTree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [[`${prefix}${key}`, value]] : flat(value, `${prefix}${key}.`),
      );
    const english = new Map(flat(exporterMessages.en));
    const same = flat(exporterMessages['zh-CN'] as MessageTree).filter(
      ([key, text]) =>
        text === english.get(key) && /[a-z]{3}/.test(text) && !/[A-Z_]{4}/.test(text),
    );
    expect(same).toEqual([]);
  });
});
