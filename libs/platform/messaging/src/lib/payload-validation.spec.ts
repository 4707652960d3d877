import { defineEvent, ValidateNestedObjects } from '@artbridge/contracts';
import { Type } from 'class-transformer';
import { IsArray, IsString, ValidateNested } from 'class-validator';
import { PayloadValidationError, validatePayload } from './payload-validation';

class Owner {
  @IsString()
  name!: string;
}

class ArtworkNoted {
  @IsString()
  artworkId!: string;

  @ValidateNested()
  @Type(() => Owner)
  owner!: Owner;

  @IsArray()
  @ValidateNestedObjects()
  @Type(() => Owner)
  previousOwners!: Owner[];
}

const NOTED = defineEvent('test.artwork.noted', 1, 'test.artwork', ArtworkNoted);

/** The problems validatePayload throws for a payload as it comes off the bus (JSON). */
function problemsOf(json: string): string[] {
  try {
    validatePayload(NOTED, JSON.parse(json));
    return [];
  } catch (error) {
    if (!(error instanceof PayloadValidationError)) throw error;
    return error.problems;
  }
}

describe('validatePayload', () => {
  const payload = (extra: string, at: 'top' | 'nested' | 'listed') =>
    ({
      top: `{"artworkId": "a1", "owner": {"name": "Tate"}, "previousOwners": [], ${extra}}`,
      nested: `{"artworkId": "a1", "owner": {"name": "Tate", ${extra}}, "previousOwners": []}`,
      listed: `{"artworkId": "a1", "owner": {"name": "Tate"}, "previousOwners": [{"name": "A", ${extra}}]}`,
    })[at];

  it('takes a payload of the contract', () => {
    expect(
      problemsOf('{"artworkId": "a1", "owner": {"name": "Tate"}, "previousOwners": []}'),
    ).toEqual([]);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))(
    'refuses %s as any field the contract does not name, at the top, nested and in a list',
    (key) => {
      const undeclared = (name: string) => [
        problemsOf(payload(`${JSON.stringify(name)}: {"a": 1}`, 'top')),
        problemsOf(payload(`${JSON.stringify(name)}: 1`, 'nested')),
        problemsOf(payload(`${JSON.stringify(name)}: 1`, 'listed')),
      ];
      expect(undeclared('foo')).toEqual([
        ['foo: property foo should not exist'],
        ['owner.foo: property foo should not exist'],
        ['previousOwners.0.foo: property foo should not exist'],
      ]);
      expect(undeclared(key)).toEqual([
        [`${key}: property ${key} should not exist`],
        [`owner.${key}: property ${key} should not exist`],
        [`previousOwners.0.${key}: property ${key} should not exist`],
      ]);
    },
  );
});
