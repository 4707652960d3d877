import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import '../index';

/**
 * Every class of the contracts whose properties hold nested objects, with those properties'
 * rules, read from class-validator's own registry (so a contract added later is covered).
 */
function nestedProperties(): Array<[string, new () => object, string, ValidationMetadata[]]> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, ValidationMetadata[]>;
  };
  const rows: Array<[string, new () => object, string, ValidationMetadata[]]> = [];
  for (const [target, metadatas] of storage.validationMetadatas) {
    if (typeof target !== 'function') continue;
    const type = target as new () => object;
    const nested = metadatas.filter((metadata) => metadata.type === 'nestedValidation');
    for (const property of new Set(nested.map((metadata) => metadata.propertyName))) {
      const rules = metadatas.filter((metadata) => metadata.propertyName === property);
      rows.push([`${type.name}.${property}`, type, property, rules]);
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
