import { describeValidationErrors } from '@artbridge/platform-messaging';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { brushPot, shanShui } from '../../test/artworks.fixtures';
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

  it('refuses a technique, medium, material, provenance owner or event of white space only, naming the field', async () => {
    expect(
      await problems({
        ...brushPot,
        technique: ' ',
        medium: '\n\t',
        materials: [{ material: '   ', weightGrams: 812.5 }],
        provenance: [{ year: 1860, owner: ' ', event: '\u3000' }],
      }),
    ).toEqual([
      'technique must not be blank',
      'medium must not be blank',
      'materials.0.material must not be blank',
      'provenance.0.owner must not be blank',
      'provenance.0.event must not be blank',
    ]);
  });

  it('keeps the contract rules of the fields it checks for blanks, and takes the full model', async () => {
    expect(await problems(brushPot)).toEqual([]);
    expect(
      await problems({
        ...brushPot,
        technique: '',
        medium: 'm'.repeat(1001),
        materials: [{ material: 5 }, { material: '' }],
        provenance: [{ year: 1860, owner: 'o'.repeat(301), event: '' }],
      }),
    ).toEqual([
      'technique must be longer than or equal to 1 characters',
      'medium must be shorter than or equal to 1000 characters',
      'materials.0.material must be longer than or equal to 1 and shorter than or equal to 100 characters',
      'materials.0.material must be a string',
      'materials.1.material must be longer than or equal to 1 characters',
      'provenance.0.owner must be shorter than or equal to 300 characters',
      'provenance.0.event must be longer than or equal to 1 characters',
    ]);
    // the arrays' own rules are the contract's still
    expect(await problems({ ...brushPot, materials: Array(51).fill({ material: 'OAK' }) })).toEqual(
      ['materials must contain no more than 50 elements'],
    );
  });

  it('takes a material’s share of the volume, above 0 and at most 100, naming the field', async () => {
    const ivory = (volumePercent: unknown) => ({
      ...shanShui,
      materials: [{ material: 'IVORY', weightGrams: 5, volumePercent }],
    });
    expect(await problems(ivory(15))).toEqual([]);
    expect(await problems(ivory(100))).toEqual([]);
    expect(await problems(ivory(0))).toEqual([
      'materials.0.volumePercent must be a positive number',
    ]);
    expect(await problems(ivory(101))).toEqual([
      'materials.0.volumePercent must not be greater than 100',
    ]);
  });

  it('takes musicalInstrument (UK Ivory Act), a boolean, naming the field otherwise', async () => {
    const strict = async (body: object) =>
      describeValidationErrors(
        await validate(plainToInstance(RegisterArtworkDto, body), {
          whitelist: true,
          forbidNonWhitelisted: true,
        }),
      );
    expect(await strict({ ...shanShui, musicalInstrument: true })).toEqual([]);
    expect(await strict({ ...shanShui, musicalInstrument: false })).toEqual([]);
    expect(await strict({ ...shanShui, musicalInstrument: 'yes' })).toEqual([
      'musicalInstrument must be a boolean value',
    ]);
  });

  it('refuses an array where a material or a provenance entry belongs, naming the field', async () => {
    const entry = { year: 1990, owner: 'Private collection', event: 'Purchase' };
    expect(await problems({ ...shanShui, materials: [[{ material: 'IVORY' }]] })).toEqual([
      'materials: each item of materials must be an object',
    ]);
    expect(await problems({ ...shanShui, materials: [[]], provenance: [[entry]] })).toEqual([
      'materials: each item of materials must be an object',
      'provenance: each item of provenance must be an object',
    ]);
  });

  it('keeps the contract rules beside its own', async () => {
    expect(await problems({ ...shanShui, title: '', artist: { name: 'x'.repeat(301) } })).toEqual([
      'title must be longer than or equal to 1 characters',
      'artist.name must be shorter than or equal to 300 characters',
    ]);
  });
});
