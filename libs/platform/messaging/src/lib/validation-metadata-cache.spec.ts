import { IsInt, IsString, Min, MetadataStorage, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

cacheValidationMetadata();

class Artwork {
  @IsString()
  title!: string;
}

class Print extends Artwork {
  @IsInt()
  @Min(1)
  edition!: number;
}

const problems = (value: object, groups?: string[]) =>
  validateSync(value, groups ? { groups } : {}).flatMap((error) =>
    Object.keys(error.constraints ?? {}).map((rule) => `${error.property}:${rule}`),
  );

describe('cacheValidationMetadata', () => {
  it('validates as class-validator does, inherited rules included, however often', () => {
    for (let i = 0; i < 3; i++) {
      expect(problems(Object.assign(new Print(), { title: 7, edition: 0 }))).toEqual([
        'edition:min',
        'title:isString',
      ]);
      expect(problems(Object.assign(new Print(), { title: 'Estuary', edition: 2 }))).toEqual([]);
      expect(problems(Object.assign(new Artwork(), { title: 7 }))).toEqual(['title:isString']);
    }
  });

  it('keeps validation groups apart', () => {
    class Loan {
      @IsString({ groups: ['outbound'] })
      venue!: string;

      @IsInt()
      days!: number;
    }
    const loan = Object.assign(new Loan(), { venue: 1, days: 'x' });
    // without groups every rule applies (class-validator's default); with one, only its rules
    expect(problems(loan)).toEqual(['venue:isString', 'days:isInt']);
    expect(problems(loan, ['outbound'])).toEqual(['venue:isString']);
    expect(problems(loan)).toEqual(['venue:isString', 'days:isInt']);
  });

  it('works the rules out once per class, and again after a rule is registered', () => {
    const storage = new MetadataStorage();
    const lookup = jest.spyOn(storage, 'getTargetValidationMetadatas');
    cacheValidationMetadata(storage);
    cacheValidationMetadata(storage); // installing twice changes nothing

    const first = storage.getTargetValidationMetadatas(Print, '', false, false);
    expect(storage.getTargetValidationMetadatas(Print, '', false, false)).toBe(first);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));

    const global = jest.requireActual<typeof import('class-validator')>('class-validator');
    const rule = global
      .getMetadataStorage()
      .getTargetValidationMetadatas(Artwork, '', false, false)
      .find((metadata) => metadata.propertyName === 'title')!;
    storage.addValidationMetadata({ ...rule, target: Print } as typeof rule);
    const after = storage.getTargetValidationMetadatas(Print, '', false, false);
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(after.map((metadata) => metadata.propertyName)).toEqual(['title']);
  });
});
