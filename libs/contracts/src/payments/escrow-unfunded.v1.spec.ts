import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import { EscrowUnfunded } from './index';

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).flatMap(
    (error) => Object.values(error.constraints ?? {}),
  );
}

describe('payments.escrow.unfunded (version 1)', () => {
  it('is an event on the invoice stream, like payments.escrow.funded', () => {
    const found = ALL_MESSAGES.filter((message) => message.type === EscrowUnfunded.type);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'event',
      version: 1,
      stream: 'artbridge.payments.invoice',
    });
  });

  it('names the invoice, the shipment, the amount no longer held and why', () => {
    const event = {
      invoiceId: '0192f1d2-7c3a-7d4e-8f00-000000000001',
      shipmentId: '0192f1d2-7c3a-7d4e-8f00-000000000002',
      amount: { amount: '1500.00', currency: 'EUR' },
      reason: 'the bank reversed the payment of 1500.00 EUR (REC-REVERSAL)',
    };
    expect(problems(EscrowUnfunded, event)).toEqual([]);
    expect(problems(EscrowUnfunded, { ...event, reason: '' })).toEqual([
      'reason must be longer than or equal to 1 characters',
    ]);
  });
});
