import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ArtistV1, ArtworkRegisteredV1 } from '../catalog/artwork-registered.v1';
import { ArtistDto, ArtworkAttributesV1, ProvenanceEntryDto } from './artwork-attributes.dto';
import { ARTWORK_LIMITS } from './artwork-limits';

/** The names of the properties a class refuses in `value`, validated on its own. */
function refused(type: new () => object, value: object, property: string): boolean {
  return validateSync(plainToInstance(type, value), { skipMissingProperties: true }).some(
    (error) => error.property === property,
  );
}

/**
 * ARTWORK_LIMITS names what the decorators say in literals (the swagger plugin reads only
 * those): each limit is taken and one beyond it refused, by every class that holds it.
 */
describe('ARTWORK_LIMITS', () => {
  it.each([
    ['ArtistDto.name', ArtistDto],
    ['ArtistV1.name', ArtistV1],
  ])('is the length of an artist name in %s', (_, type) => {
    const name = (length: number) => ({ name: 'n'.repeat(length) });
    expect(refused(type, name(ARTWORK_LIMITS.artistName), 'name')).toBe(false);
    expect(refused(type, name(ARTWORK_LIMITS.artistName + 1), 'name')).toBe(true);
  });

  it('is the length of a medium and of a provenance event', () => {
    const medium = (length: number) => ({ medium: 'm'.repeat(length) });
    expect(refused(ArtworkAttributesV1, medium(ARTWORK_LIMITS.medium), 'medium')).toBe(false);
    expect(refused(ArtworkAttributesV1, medium(ARTWORK_LIMITS.medium + 1), 'medium')).toBe(true);
    const event = (length: number) => ({ event: 'e'.repeat(length) });
    const max = ARTWORK_LIMITS.provenanceEvent;
    expect(refused(ProvenanceEntryDto, event(max), 'event')).toBe(false);
    expect(refused(ProvenanceEntryDto, event(max + 1), 'event')).toBe(true);
  });

  it.each([
    ['ArtworkAttributesV1.creationYear', ArtworkAttributesV1, 'creationYear'],
    ['ArtworkRegisteredV1.creationYear', ArtworkRegisteredV1, 'creationYear'],
    ['ArtistDto.birthYear', ArtistDto, 'birthYear'],
  ] as const)('bounds the years of %s', (_, type, property) => {
    const year = (value: number) => ({ [property]: value });
    const { min, max } = ARTWORK_LIMITS.year;
    expect(refused(type, year(min), property)).toBe(false);
    expect(refused(type, year(max), property)).toBe(false);
    expect(refused(type, year(min - 1), property)).toBe(true);
    expect(refused(type, year(max + 1), property)).toBe(true);
  });
});
