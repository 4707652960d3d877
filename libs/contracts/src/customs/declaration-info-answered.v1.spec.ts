import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import { DeclarationInfoAnswered } from './index';

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).flatMap(
    (error) => Object.values(error.constraints ?? {}),
  );
}

describe('customs.declaration.info-answered (version 1)', () => {
  it('is an event on the declaration stream', () => {
    const found = ALL_MESSAGES.filter((message) => message.type === DeclarationInfoAnswered.type);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'event',
      version: 1,
      stream: 'artbridge.customs.declaration',
    });
  });

  it('names the declaration, the shipment, who answered when, and the new review deadline', () => {
    const answered = {
      declarationId: '0192f1d2-7c3a-7d4e-8f00-000000000001',
      shipmentId: '0192f1d2-7c3a-7d4e-8f00-000000000002',
      answeredBy: 'exporter1',
      answeredAt: '2026-06-01T09:00:00.000Z',
      reviewDueAt: '2026-06-03T09:00:00.000Z',
    };
    expect(problems(DeclarationInfoAnswered, answered)).toEqual([]);
    const { reviewDueAt: _, ...withoutDeadline } = answered;
    expect(problems(DeclarationInfoAnswered, withoutDeadline)).toEqual([
      'reviewDueAt must be a valid ISO 8601 date string',
    ]);
    expect(problems(DeclarationInfoAnswered, { ...answered, answeredBy: '' })).toEqual([
      'answeredBy must be longer than or equal to 1 characters',
    ]);
  });
});
