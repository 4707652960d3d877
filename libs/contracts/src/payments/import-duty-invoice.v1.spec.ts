import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import {
  ImportDutyInvoiceIssued,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
} from './index';

const ids = {
  invoiceId: '0192f1d2-7c3a-7d4e-8f00-000000000001',
  shipmentId: '0192f1d2-7c3a-7d4e-8f00-000000000002',
  declarationId: '0192f1d2-7c3a-7d4e-8f00-000000000003',
};

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).flatMap(
    (error) => Object.values(error.constraints ?? {}),
  );
}

describe('import-duty invoice events (payments.import-duty-invoice.*, version 1)', () => {
  it('are events on the invoice stream, apart from the saga’s invoice events', () => {
    for (const type of [
      'payments.import-duty-invoice.issued',
      'payments.import-duty-invoice.partially-paid',
      'payments.import-duty-invoice.paid',
      'payments.import-duty-invoice.payment-reversed',
    ]) {
      const found = ALL_MESSAGES.filter((message) => message.type === type);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        kind: 'event',
        version: 1,
        stream: 'artbridge.payments.invoice',
      });
    }
  });

  it('name the import declaration, the RF reference and the amounts', () => {
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    expect(
      problems(ImportDutyInvoiceIssued, {
        ...ids,
        reference: 'RF18AB00000001',
        total: cny('14130.00'),
        dueAt: '2026-12-21T10:00:00.000Z',
      }),
    ).toEqual([]);
    expect(problems(ImportDutyInvoicePaid, { ...ids, paid: cny('14130.00') })).toEqual([]);
    expect(
      problems(ImportDutyInvoicePartiallyPaid, {
        ...ids,
        declarationId: undefined,
        paid: cny('1'),
      }),
    ).toEqual(['declarationId must be a UUID']);
  });

  it('a reversed payment names what was taken back, what is paid and open after, and the status', () => {
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    const reversal = {
      ...ids,
      reversed: cny('10000.00'),
      paid: cny('4130.00'),
      open: cny('10000.00'),
      status: 'PARTIALLY_PAID',
    };
    expect(problems(ImportDutyInvoicePaymentReversed, reversal)).toEqual([]);
    // a reversal leaves the invoice expecting money: never PAID
    expect(problems(ImportDutyInvoicePaymentReversed, { ...reversal, status: 'PAID' })).toEqual([
      'status must be one of the following values: OPEN, PARTIALLY_PAID',
    ]);
  });
});
