import { StaffRole } from '@praxis/contracts';
import { PermissionTable } from '../permissions';

export type ServiceName = 'identity' | 'scheduling' | 'billing' | 'claims' | 'training';

/**
 * Who may call what in one service, written once: the service's guard reads `permissions`, and the
 * gateway lets a role through a prefix only if it holds one of the permissions the routes there require.
 */
export interface ServiceAccess<Permission extends string = string> {
  service: ServiceName;
  permissions: Readonly<Record<Permission, readonly StaffRole[]>>;
  /** Each public path prefix the service answers, with every permission a route under it requires. */
  prefixes: Readonly<Record<string, readonly NoInfer<Permission>[]>>;
  /** Paths whose body is an X12 file as received (application/edi-x12 or text/plain), not JSON. */
  x12Uploads?: readonly string[];
}

export const defineServiceAccess = <Permission extends string>(
  access: ServiceAccess<Permission>,
): ServiceAccess<Permission> => access;

export const rolesHoldingAny = (table: PermissionTable, permissions: readonly string[]): StaffRole[] => [
  ...new Set(permissions.flatMap((permission) => table[permission] ?? [])),
];
