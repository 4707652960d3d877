import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import * as contracts from '../index';

// class-transformer's registry of @Type targets: not exported by its index (typed under types/)
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: typeof import('class-transformer/types/storage').defaultMetadataStorage;
};

type Row = [string, new () => object, string, ValidationMetadata[]];

/**
 * Every class of the contracts whose properties hold nested objects, with those properties'
 * rules: the classes the contracts export and those their properties nest (class-transformer's
 * @Type), read from class-validator's registry, so a contract added later is covered. The
 * registry is the process's: other suites' classes are in it too, and are left out.
 */
function nestedProperties(): Row[] {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, ValidationMetadata[]>;
  };
  const pending = (Object.values(contracts) as unknown[]).filter(
    (value): value is new () => object => typeof value === 'function',
  );
  const seen = new Set<unknown>();
  const rows: Row[] = [];
  while (pending.length > 0) {
    const type = pending.pop()!;
    if (seen.has(type)) continue;
    seen.add(type);
    const metadatas = storage.validationMetadatas.get(type) ?? [];
    const nested = new Set(
      metadatas
        .filter((metadata) => metadata.type === 'nestedValidation')
        .map((metadata) => metadata.propertyName),
    );
    for (const property of nested) {
      const rules = metadatas.filter((metadata) => metadata.propertyName === property);
      rows.push([`${type.name}.${property}`, type, property, rules]);
      const typed = defaultMetadataStorage.findTypeMetadata(type, property);
      const nestedType = typed?.typeFunction() as (new () => object) | undefined;
      if (nestedType) pending.push(nestedType);
    }
  }
  return rows;
}

function refuses(type: new () => object, value: object, property: string): boolean {
  return validateSync(plainToInstance(type, value)).some((error) => error.property === property);
}

const properties = nestedProperties();

describe('nested objects in the contracts', () => {
  it('are found', () => expect(properties.length).toBeGreaterThan(30));

  // class-validator's @ValidateNested() passes a missing value: a producer that left out the
  // money of an invoice would have it accepted, and the consumer would fail on it later.
  it.each(properties.filter(([, , , rules]) => !rules.some(isOptional)))(
    '%s is refused when missing',
    (_, type, property) => {
      expect(refuses(type, {}, property)).toBe(true);
      expect(refuses(type, { [property]: null }, property)).toBe(true);
    },
  );

  // An array where one object belongs would have each item validated instead.
  it.each(properties.filter(([, , , rules]) => !rules.some((rule) => rule.each)))(
    '%s is refused as an array',
    (_, type, property) => expect(refuses(type, { [property]: [{}] }, property)).toBe(true),
  );
});

function isOptional(rule: ValidationMetadata): boolean {
  return rule.type === 'conditionalValidation';
}
