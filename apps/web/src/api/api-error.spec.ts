import { ApiError, groupFieldErrors } from './api-error';

describe('field errors from a 400', () => {
  it('groups messages by the field path they start with', () => {
    expect(
      groupFieldErrors([
        'value.amount has 3 decimals but EUR has 2',
        'artist.name: must be a string',
        'title should not be empty',
      ]),
    ).toEqual({
      'value.amount': ['has 3 decimals but EUR has 2'],
      'artist.name': ['must be a string'],
      title: ['should not be empty'],
    });
  });

  it('reads a service answer, and finds a parent field’s children', async () => {
    const error = await ApiError.from(
      new Response(
        JSON.stringify({ statusCode: 400, message: ['value.currency must be ISO 4217'] }),
        { status: 400 },
      ),
    );
    expect(error.status).toBe(400);
    expect(error.forField('value')).toEqual(['must be ISO 4217']);
    expect(error.forField('title')).toEqual([]);
  });

  it('keeps a plain message and a body that is not JSON', async () => {
    const error = await ApiError.from(new Response('upstream down', { status: 502 }));
    expect(error.messages).toEqual(['upstream down']);
  });
});
