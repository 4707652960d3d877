/** The roles of API.md. */
export const ROLES = [
  'EXPORTER',
  'CUSTOMS_OFFICER',
  'FINANCE',
  'LOGISTICS_OPERATOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the signed token says. */
export interface Principal {
  username: string;
  roles: Role[];
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}
