import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import { CancelOverdueInvoice } from './index';

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).flatMap(
    (error) => Object.values(error.constraints ?? {}),
  );
}

describe('payments.invoice.cancel-overdue (version 1)', () => {
  it('is a command on the payments command stream, apart from payments.invoice.cancel', () => {
    const found = ALL_MESSAGES.filter((message) => message.type === CancelOverdueInvoice.type);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'command',
      version: 1,
      stream: 'artbridge.payments.commands',
    });
    expect(
      ALL_MESSAGES.filter((message) => message.type === 'payments.invoice.cancel'),
    ).toHaveLength(1);
  });

  it('names the shipment, the reason and the due date that passed', () => {
    const command = {
      shipmentId: '0192f1d2-7c3a-7d4e-8f00-000000000002',
      reason: 'payment not received by 2026-06-01T00:00:00.000Z',
      dueAt: '2026-06-01T00:00:00.000Z',
    };
    expect(problems(CancelOverdueInvoice, command)).toEqual([]);
    expect(problems(CancelOverdueInvoice, { ...command, dueAt: 'tomorrow' })).toEqual([
      'dueAt must be a valid ISO 8601 date string',
    ]);
    expect(problems(CancelOverdueInvoice, { shipmentId: command.shipmentId, reason: 'x' })).toEqual(
      ['dueAt must be a valid ISO 8601 date string'],
    );
  });
});
