import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import {
  FileDeclaration,
  ImportDeclarationCleared,
  ImportDeclarationFiled,
  ImportDeclarationRejected,
  ImportDeclarationReviewOverdue,
} from './index';

const declarationId = '0192f1d2-7c3a-7d4e-8f00-000000000001';
const shipmentId = '0192f1d2-7c3a-7d4e-8f00-000000000002';
const exportDeclarationId = '0192f1d2-7c3a-7d4e-8f00-000000000003';

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).flatMap(
    (error) => Object.values(error.constraints ?? {}),
  );
}

describe('import declaration messages (customs.declaration.import-*, version 1)', () => {
  it('are listed once each, as events on the declaration stream', () => {
    for (const type of [
      'customs.declaration.import-filed',
      'customs.declaration.import-cleared',
      'customs.declaration.import-rejected',
      'customs.declaration.import-info-requested',
      'customs.declaration.import-review-overdue',
    ]) {
      const found = ALL_MESSAGES.filter((message) => message.type === type);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        kind: 'event',
        version: 1,
        stream: 'artbridge.customs.declaration',
      });
    }
  });

  it('carry the export declaration’s fields plus the country of import', () => {
    const decided = { declarationId, shipmentId, decidedBy: 'AUTOMATIC', importCountry: 'CN' };
    expect(
      problems(ImportDeclarationFiled, {
        ...decided,
        outcome: 'CLEAR',
        zone: 'China (Shanghai) Pilot Free Trade Zone',
        exportDeclarationId,
      }),
    ).toEqual([]);
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    expect(
      problems(ImportDeclarationCleared, {
        ...decided,
        duties: { duty: cny('1000.00'), vat: cny('13130.00'), total: cny('14130.00') },
      }),
    ).toEqual([]);
    expect(
      problems(ImportDeclarationRejected, {
        ...decided,
        reason: 'ivory',
        ruleIds: ['CITES-IVORY'],
      }),
    ).toEqual([]);
    expect(
      problems(ImportDeclarationReviewOverdue, {
        declarationId,
        shipmentId,
        importCountry: 'CN',
        reviewDueAt: '2026-12-08T10:00:00.000Z',
      }),
    ).toEqual([]);
  });

  it('cleared: may name who owes the duties (importer, exporter) and the export declaration; older events without them stay valid', () => {
    const cleared = {
      declarationId,
      shipmentId,
      decidedBy: 'AUTOMATIC',
      importCountry: 'CN',
      duties: {
        duty: { amount: '0.00', currency: 'CNY' },
        vat: { amount: '0.00', currency: 'CNY' },
        total: { amount: '0.00', currency: 'CNY' },
      },
    };
    expect(problems(ImportDeclarationCleared, cleared)).toEqual([]);
    expect(
      problems(ImportDeclarationCleared, {
        ...cleared,
        importer: { name: 'Long Museum', country: 'CN', address: 'Shanghai' },
        exporterId: 'exporter1',
        exportDeclarationId,
      }),
    ).toEqual([]);
    expect(
      problems(ImportDeclarationCleared, {
        ...cleared,
        exporterId: '',
        exportDeclarationId: 'E-1',
      }),
    ).toEqual([
      'exporterId must be longer than or equal to 1 characters',
      'exportDeclarationId must be a UUID',
    ]);
  });

  it('FileDeclaration: ftzBonded is optional (absent: not bonded) and a boolean', () => {
    const command = {
      shipmentId,
      exporterId: 'exporter1',
      terms: {
        consignee: { name: 'Long Museum', country: 'CN', address: 'Shanghai' },
        origin: { country: 'GB', place: 'London' },
        destination: { country: 'CN', place: 'Shanghai' },
        purpose: 'SALE',
        incoterm: { rule: 'CIP', place: 'Shanghai' },
        transportMode: 'AIR',
      },
      items: [
        {
          artworkId: exportDeclarationId,
          attributes: {
            title: 'River Town',
            artist: { name: 'Chen Li' },
            creationYear: 2018,
            category: 'PRINT',
            handExecuted: true,
            value: { amount: '10000.00', currency: 'CNY' },
            ownedByCreator: false,
            originCountry: 'GB',
          },
        },
      ],
    };
    expect(problems(FileDeclaration, command)).toEqual([]);
    expect(problems(FileDeclaration, { ...command, ftzBonded: true })).toEqual([]);
    expect(problems(FileDeclaration, { ...command, ftzBonded: 'yes' })).toEqual([
      'ftzBonded must be a boolean value',
    ]);
  });

  it('refuse a filing without its country, zone or export declaration', () => {
    expect(
      problems(ImportDeclarationFiled, {
        declarationId,
        shipmentId,
        decidedBy: 'AUTOMATIC',
        outcome: 'CLEAR',
        importCountry: 'China',
      }),
    ).toEqual([
      'importCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
      'zone must be longer than or equal to 1 characters',
      'zone must be a string',
      'exportDeclarationId must be a UUID',
    ]);
  });
});
