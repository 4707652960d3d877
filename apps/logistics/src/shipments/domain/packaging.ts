import { RuleViolation } from './rule-violation';

/**
 * ISPM 15 (IPPC): wood packaging of solid (raw) wood must be treated (heat 56 °C at the core for
 * 30 minutes, or fumigation) and carry the IPPC mark. Processed wood is exempt: plywood, OSB,
 * particle board, fibreboard (MDF) are glued under heat and pressure and carry no pests. Other
 * materials are not wood at all.
 *
 * RULES.md names crates; ISPM 15 covers every wood packaging article (crates, cases, pallets,
 * dunnage), so the rule is applied to every package of solid wood. An unmarked one blocks
 * dispatch.
 */
export const PACKAGE_TYPES = ['CRATE', 'CASE', 'PALLET'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

export const PACKAGE_MATERIALS = [
  'SOLID_WOOD',
  'PLYWOOD',
  'OSB',
  'PARTICLE_BOARD',
  'FIBREBOARD',
  'ALUMINIUM',
  'STEEL',
  'CARDBOARD',
  'PLASTIC',
] as const;
export type PackageMaterial = (typeof PACKAGE_MATERIALS)[number];

/** How ISPM 15 sees a material. */
export type Ispm15Treatment = 'REGULATED' | 'EXEMPT_PROCESSED_WOOD' | 'NOT_WOOD';

export const ISPM15_OF_MATERIAL: Readonly<Record<PackageMaterial, Ispm15Treatment>> = {
  SOLID_WOOD: 'REGULATED',
  PLYWOOD: 'EXEMPT_PROCESSED_WOOD',
  OSB: 'EXEMPT_PROCESSED_WOOD',
  PARTICLE_BOARD: 'EXEMPT_PROCESSED_WOOD',
  FIBREBOARD: 'EXEMPT_PROCESSED_WOOD',
  ALUMINIUM: 'NOT_WOOD',
  STEEL: 'NOT_WOOD',
  CARDBOARD: 'NOT_WOOD',
  PLASTIC: 'NOT_WOOD',
};

export const ISPM15_RULE_ID = 'LOG-ISPM15';

export interface PackageFacts {
  readonly type: PackageType;
  readonly material: PackageMaterial;
  /** Whether the IPPC/ISPM 15 mark is on the package; unknown counts as not marked. */
  readonly ispm15Marked?: boolean;
}

export type DispatchClearance =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly violations: readonly RuleViolation[] };

/** Every package that breaks ISPM 15, by its index in the request (`packages[2].ispm15Marked`). */
export function packagingViolations(packages: readonly PackageFacts[]): RuleViolation[] {
  return packages.flatMap((pack, index) =>
    ISPM15_OF_MATERIAL[pack.material] === 'REGULATED' && pack.ispm15Marked !== true
      ? [
          {
            ruleId: ISPM15_RULE_ID,
            field: `packages[${index}].ispm15Marked`,
            reason: `${pack.type.toLowerCase()} ${index + 1} is solid wood without the ISPM 15 mark: it must be heat-treated (56 °C at the core for 30 minutes) and marked before dispatch; plywood, OSB or particle board need no mark`,
          },
        ]
      : [],
  );
}

/** Dispatch goes ahead only when every package passes. */
export function dispatchClearance(packages: readonly PackageFacts[]): DispatchClearance {
  const violations = packagingViolations(packages);
  return violations.length === 0 ? { allowed: true } : { allowed: false, violations };
}
