import { ApiError, groupFieldErrors } from './api-error';
import { fieldErrors, isClaimed, messagesExcept, renamedFields } from './field-errors';

function refused(status: number, ...messages: string[]): ApiError {
  return new ApiError(status, messages, groupFieldErrors(messages));
}

describe('field errors of a refused request', () => {
  it('gives a field its messages and a list only its own', () => {
    const errors = fieldErrors(
      refused(
        400,
        'materials must contain no more than 50 elements',
        'materials.1.acquiredYear must not be after the work was made (1950)',
      ),
    );
    expect(errors.at('materials.1.acquiredYear')).toEqual([
      'must not be after the work was made (1950)',
    ]);
    expect(errors.own('materials')).toEqual(['must contain no more than 50 elements']);
    expect(errors.at('title')).toEqual([]);
  });

  it('takes a field’s messages from a 400', () => {
    const error = refused(400, 'reason must be longer than or equal to 1 characters', 'x bad');
    expect(fieldErrors(error).at('reason')).toEqual([
      'must be longer than or equal to 1 characters',
    ]);
    expect(fieldErrors(error).at('invoiceId')).toEqual([]);
  });

  it('has nothing for a field when the request did not even reach the service', () => {
    expect(fieldErrors(new Error('offline')).at('title')).toEqual([]);
    expect(fieldErrors(undefined).own('materials')).toEqual([]);
  });

  it('lets an input claim every message of some statuses', () => {
    const error = refused(409, 'invoice 7 is PAID; it takes no payment');
    expect(isClaimed(error, [404, 409])).toBe(true);
    expect(isClaimed(error, [404])).toBe(false);
    expect(isClaimed(new Error('offline'), [404])).toBe(false);
  });

  it('leaves out the messages another input shows', () => {
    const error = refused(400, 'account must be shorter', 'camt.053 entry 3: bad amount');
    expect(messagesExcept(error, ['account'])).toEqual(['camt.053 entry 3: bad amount']);
  });

  it('renames paths so a pre-check error lands on the shipment form’s field', () => {
    const error = renamedFields(
      refused(400, 'exportCountry must be an ISO 3166-1 alpha-2 country code', 'items.0.title x'),
      { exportCountry: 'origin.country' },
    ) as ApiError;
    expect(error.forField('origin.country')).toEqual([
      'must be an ISO 3166-1 alpha-2 country code',
    ]);
    expect(error.messages[0]).toBe('origin.country must be an ISO 3166-1 alpha-2 country code');
    expect(error.forField('items')).toEqual(['x']);
  });
});
