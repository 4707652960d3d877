import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsString, ValidateNested, ValidationError, validateSync } from 'class-validator';
import { prototypeMemberKeys } from './prototype-member-keys';
import { ValidateNestedObjects } from './validators';

/** "artist.toString: property toString should not exist", each error by its path. */
function described(errors: readonly ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    return [
      ...Object.entries(error.constraints ?? {}).map(([rule, text]) => `${path}: ${rule}: ${text}`),
      ...described(error.children ?? [], path),
    ];
  });
}

const whitelist = (path: string, key: string) =>
  `${path}: whitelistValidation: property ${key} should not exist`;

class Artist {
  @IsString()
  name!: string;
}

class Entry {
  @IsString()
  owner!: string;
}

class Artwork {
  @IsString()
  title!: string;

  @ValidateNested()
  @Type(() => Artist)
  artist!: Artist;

  @IsArray()
  @ValidateNestedObjects()
  @Type(() => Entry)
  provenance!: Entry[];
}

const ARTWORK = { title: 'Estuary', artist: { name: 'Wu' }, provenance: [{ owner: 'A' }] };

/** `__proto__`, `constructor`, `hasOwnProperty`, `toString`… */
const MEMBERS = Object.getOwnPropertyNames(Object.prototype);

describe('prototypeMemberKeys', () => {
  it('knows every member of Object.prototype', () => {
    expect(MEMBERS).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'hasOwnProperty', 'toString']),
    );
  });

  it('takes its form from class-validator, which reports any other undeclared key so', () => {
    const foo = { ...ARTWORK, foo: 1, artist: { name: 'Wu', foo: 1 } };
    const options = { whitelist: true, forbidNonWhitelisted: true };
    expect(described(validateSync(plainToInstance(Artwork, foo), options))).toEqual([
      whitelist('foo', 'foo'),
      whitelist('artist.foo', 'foo'),
    ]);
  });

  it.each(MEMBERS)(
    'finds %s at the top, nested and in a list, as the whitelist reports a key nobody declared',
    (key) => {
      const input = JSON.parse(
        JSON.stringify({
          ...ARTWORK,
          FOO: 1,
          artist: { name: 'Wu', FOO: 1 },
          provenance: [{ owner: 'A' }, { owner: 'B', FOO: 1 }],
        }).replaceAll('"FOO"', JSON.stringify(key)),
      ) as object;
      expect(described(prototypeMemberKeys(input))).toEqual([
        whitelist(key, key),
        whitelist(`artist.${key}`, key),
        whitelist(`provenance.1.${key}`, key),
      ]);
    },
  );

  it('finds `__proto__` as JSON.parse gives it, an own key, without following it', () => {
    const input = JSON.parse('{"title": "Estuary", "__proto__": {"exporterId": "exporter1"}}');
    const errors = prototypeMemberKeys(input);
    expect(described(errors)).toEqual([whitelist('__proto__', '__proto__')]);
    expect(errors[0]).toMatchObject({ value: { exporterId: 'exporter1' } });
  });

  it('finds one in a query, an object of no prototype', () => {
    const query = Object.assign(Object.create(null) as object, { toString: '1', status: 'A' });
    expect(described(prototypeMemberKeys(query))).toEqual([whitelist('toString', 'toString')]);
  });

  it("finds each one, an object's before those nested in it, as the whitelist orders them", () => {
    const input = JSON.parse(
      '{"valueOf": 1, "a": [[{"isPrototypeOf": 1}], {"b": {"constructor": {"toString": 1}}}], "toLocaleString": 1}',
    ) as object;
    expect(described(prototypeMemberKeys(input))).toEqual([
      whitelist('valueOf', 'valueOf'),
      whitelist('toLocaleString', 'toLocaleString'),
      whitelist('a.0.0.isPrototypeOf', 'isPrototypeOf'),
      whitelist('a.1.b.constructor', 'constructor'),
    ]);
  });

  it('finds none in ordinary input', () => {
    expect(prototypeMemberKeys(ARTWORK)).toEqual([]);
    expect(prototypeMemberKeys({ toStrings: 1, Constructor: 1, proto: { __proto: 1 } })).toEqual(
      [],
    );
    for (const value of [null, undefined, 'toString', 42, [], ['constructor']]) {
      expect(prototypeMemberKeys(value)).toEqual([]);
    }
  });
});
