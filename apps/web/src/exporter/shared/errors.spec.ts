import { ApiError, groupFieldErrors } from '../../api/api-error';
import { fieldErrors, renamedFields } from './errors';

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

  it('has nothing for a field when the request did not even reach the service', () => {
    expect(fieldErrors(new Error('offline')).at('title')).toEqual([]);
    expect(fieldErrors(undefined).own('materials')).toEqual([]);
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
