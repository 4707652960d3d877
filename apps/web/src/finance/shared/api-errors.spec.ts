import { ApiError, groupFieldErrors } from '../../api/api-error';
import { fieldErrors, isClaimed, messagesExcept } from './api-errors';

const refused = (status: number, ...messages: string[]) =>
  new ApiError(status, messages, groupFieldErrors(messages));

describe('errors next to the input they concern', () => {
  it('takes a field’s messages from a 400', () => {
    const error = refused(400, 'reason must be longer than or equal to 1 characters', 'x bad');
    expect(fieldErrors(error, 'reason')).toEqual(['must be longer than or equal to 1 characters']);
    expect(fieldErrors(error, 'invoiceId')).toEqual([]);
  });

  it('claims every message of a claimed status for the input', () => {
    const error = refused(409, 'invoice 7 is PAID; it takes no payment');
    expect(fieldErrors(error, 'invoiceId', [404, 409])).toEqual([
      'invoice 7 is PAID; it takes no payment',
    ]);
    expect(isClaimed(error, [404, 409])).toBe(true);
    expect(isClaimed(error, [404])).toBe(false);
    expect(isClaimed(new Error('offline'), [404])).toBe(false);
  });

  it('has nothing for an error that is not the API’s', () => {
    expect(fieldErrors(new Error('offline'), 'reason', [409])).toEqual([]);
  });

  it('leaves out the messages another input shows', () => {
    const error = refused(400, 'account must be shorter', 'camt.053 entry 3: bad amount');
    expect(messagesExcept(error, ['account'])).toEqual(['camt.053 entry 3: bad amount']);
  });
});
