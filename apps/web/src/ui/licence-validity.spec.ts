import { coveredItem, isLicenceValid } from './licence-validity';

describe('attached licences', () => {
  it('count through their last valid day', () => {
    expect(isLicenceValid({ validUntil: '2026-12-06' }, '2026-12-06')).toBe(true);
    expect(isLicenceValid({ validUntil: '2026-12-05' }, '2026-12-06')).toBe(false);
  });

  it('cover one item by artwork, or every item', () => {
    const items = [{ artworkId: 'a1' }, { artworkId: 'a2' }];
    expect(coveredItem({ artworkId: 'a2' }, items)).toBe(items[1]);
    expect(coveredItem({ artworkId: null }, items)).toBeUndefined();
  });
});
