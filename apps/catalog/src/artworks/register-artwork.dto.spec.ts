import { describeValidationErrors } from '@artbridge/platform-messaging';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { shanShui } from '../../test/artworks.fixtures';
import { RegisterArtworkDto } from './register-artwork.dto';

const problems = async (body: object) =>
  describeValidationErrors(
    await validate(plainToInstance(RegisterArtworkDto, body), { whitelist: true }),
  );

describe('RegisterArtworkDto', () => {
  it('takes API.md example attributes', async () => {
    expect(await problems(shanShui)).toEqual([]);
  });

  it('refuses a title or an artist name of white space only, naming the field', async () => {
    expect(
      await problems({ ...shanShui, title: '   ', artist: { ...shanShui.artist, name: '\t' } }),
    ).toEqual(['title must not be blank', 'artist.name must not be blank']);
  });

  it('keeps the contract rules beside its own', async () => {
    expect(await problems({ ...shanShui, title: '', artist: { name: 'x'.repeat(301) } })).toEqual([
      'title must be longer than or equal to 1 characters',
      'artist.name must be shorter than or equal to 300 characters',
    ]);
  });
});
