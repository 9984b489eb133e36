import { types } from 'pg';
import { startFloorServer, FloorServer, inTenantTransaction, FloorHandler } from './floor-server';

/** The statements identity sends for `GET /api/v1/staff/:id`, as TypeORM writes them; floors.spec.ts keeps them in step. */
export const SELECT_STAFF_MEMBER =
  'SELECT "StaffMember"."id" AS "StaffMember_id", "StaffMember"."tenant_id" AS "StaffMember_tenant_id", "StaffMember"."email" AS "StaffMember_email", "StaffMember"."display_name" AS "StaffMember_display_name", "StaffMember"."roles" AS "StaffMember_roles", "StaffMember"."active" AS "StaffMember_active", "StaffMember"."location_id" AS "StaffMember_location_id", "StaffMember"."hired_on" AS "StaffMember_hired_on", "StaffMember"."failed_logins" AS "StaffMember_failed_logins", "StaffMember"."locked_until" AS "StaffMember_locked_until", "StaffMember"."created_at" AS "StaffMember_created_at" FROM "staff_members" "StaffMember" WHERE (("StaffMember"."id" = $1)) LIMIT 1';

export const INSERT_AUDIT_EVENT =
  'INSERT INTO "audit_events"("id", "tenant_id", "service", "actor_user_id", "action", "resource", "patient_id", "record_id", "request_id", "occurred_at", "created_at") VALUES (DEFAULT, $1, DEFAULT, $2, $3, $4, DEFAULT, DEFAULT, $5, $6, DEFAULT) RETURNING "id", "service", "occurred_at", "created_at"';

interface StaffRow {
  StaffMember_id: string;
  StaffMember_tenant_id: string;
  StaffMember_email: string;
  StaffMember_display_name: string;
  StaffMember_roles: string[];
  StaffMember_active: boolean;
  StaffMember_location_id: string | null;
  StaffMember_hired_on: string | null;
  StaffMember_failed_logins: number;
  StaffMember_locked_until: Date | null;
  StaffMember_created_at: Date;
}

const asStaffMember = (row: StaffRow) => ({
  id: row.StaffMember_id,
  tenantId: row.StaffMember_tenant_id,
  email: row.StaffMember_email,
  displayName: row.StaffMember_display_name,
  roles: row.StaffMember_roles,
  active: row.StaffMember_active,
  locationId: row.StaffMember_location_id,
  hiredOn: row.StaffMember_hired_on,
  failedLogins: row.StaffMember_failed_logins,
  lockedUntil: row.StaffMember_locked_until,
  createdAt: row.StaffMember_created_at,
});

const DATE_OID = 1082;

/** TypeORM hands a `date` column over as its YYYY-MM-DD text, so the floor answers the same body. */
const datesAsText = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (value: string) => value : types.getTypeParser(oid, format),
};

/** Identity reads the member in one transaction and writes the audit line in a second, as the route does today. */
const readStaffMember: FloorHandler = async (database, { url, tenantId, userId, requestId }) => {
  const id = url.split('/').pop() ?? '';
  const rows = await inTenantTransaction(
    database,
    tenantId,
    async (client) =>
      (await client.query<StaffRow>({ text: SELECT_STAFF_MEMBER, values: [id], types: datesAsText })).rows,
  );
  if (rows.length === 0) return { status: 404, body: { title: 'Not Found' } };
  await inTenantTransaction(database, tenantId, (client) =>
    client.query(INSERT_AUDIT_EVENT, [tenantId, userId, 'staff:read', `GET ${url}`, requestId, new Date()]),
  );
  return { status: 200, body: asStaffMember(rows[0]) };
};

/** `GET /api/v1/staff/:id` with nothing but node:http and pg around identity's statements. */
export const startStaffReadFloor = (identityDatabaseUrl: string): Promise<FloorServer> =>
  startFloorServer(identityDatabaseUrl, readStaffMember);
