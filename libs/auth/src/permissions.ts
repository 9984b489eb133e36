import { StaffRole } from '@praxis/contracts';

/** One table per service: which roles hold each permission. A route naming a permission absent here is denied. */
export type PermissionTable = Readonly<Record<string, readonly StaffRole[]>>;

export const PERMISSION_TABLE = Symbol('PERMISSION_TABLE');

export const rolesHold = (table: PermissionTable, permission: string, roles: readonly string[]): boolean =>
  (table[permission] ?? []).some((role) => roles.includes(role));
