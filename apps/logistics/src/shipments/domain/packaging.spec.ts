import {
  PACKAGE_MATERIALS,
  PackageFacts,
  PackageMaterial,
  dispatchClearance,
  packagingViolations,
} from './packaging';

describe('ISPM 15 on packages', () => {
  it.each<[PackageMaterial, boolean | undefined, boolean]>([
    ['SOLID_WOOD', true, true],
    ['SOLID_WOOD', false, false],
    ['SOLID_WOOD', undefined, false], // not declared counts as not marked
    ['PLYWOOD', undefined, true],
    ['PLYWOOD', false, true],
    ['OSB', false, true],
    ['PARTICLE_BOARD', false, true],
    ['FIBREBOARD', false, true],
    ['ALUMINIUM', false, true],
    ['STEEL', undefined, true],
    ['CARDBOARD', false, true],
    ['PLASTIC', false, true],
  ])('a crate of %s, marked %s: dispatch allowed %s', (material, ispm15Marked, allowed) => {
    const pack: PackageFacts = {
      type: 'CRATE',
      material,
      ...(ispm15Marked === undefined ? {} : { ispm15Marked }),
    };
    expect(dispatchClearance([pack]).allowed).toBe(allowed);
  });

  it('knows how every material is treated', () => {
    for (const material of PACKAGE_MATERIALS) {
      expect(() => packagingViolations([{ type: 'CASE', material }])).not.toThrow();
    }
  });

  it('applies to every solid-wood package, pallets and cases included', () => {
    expect(packagingViolations([{ type: 'PALLET', material: 'SOLID_WOOD' }])).toHaveLength(1);
    expect(
      packagingViolations([{ type: 'CASE', material: 'SOLID_WOOD', ispm15Marked: false }]),
    ).toHaveLength(1);
  });

  it('names each unmarked package and why, and blocks dispatch', () => {
    const clearance = dispatchClearance([
      { type: 'CRATE', material: 'PLYWOOD' },
      { type: 'CRATE', material: 'SOLID_WOOD', ispm15Marked: true },
      { type: 'CRATE', material: 'SOLID_WOOD', ispm15Marked: false },
      { type: 'PALLET', material: 'SOLID_WOOD' },
    ]);
    expect(clearance).toEqual({
      allowed: false,
      violations: [
        {
          ruleId: 'LOG-ISPM15',
          field: 'packages[2].ispm15Marked',
          reason:
            'crate 3 is solid wood without the ISPM 15 mark: it must be heat-treated (56 °C at the core for 30 minutes) and marked before dispatch; plywood, OSB or particle board need no mark',
        },
        expect.objectContaining({ ruleId: 'LOG-ISPM15', field: 'packages[3].ispm15Marked' }),
      ],
    });
  });

  it('allows a shipment with no packages declared', () => {
    expect(dispatchClearance([])).toEqual({ allowed: true });
  });
});
