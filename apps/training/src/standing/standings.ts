import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { clinicTimeZone } from './clinic-calendar';
import { StandingRow } from './standing-row.dto';
import { clinicToday, standingOf } from './training-status';

interface StandingFactsRow extends Omit<StandingRow, 'status' | 'deadline'> {
  dueOn: string;
  graceDays: number;
}

/** The current completion is the newest verified one that no verified correction replaced. */
const STANDING_FACTS = `
  SELECT a.id, a.user_id AS "userId", a.created_at AS "createdAt", a.due_on::text AS "dueOn",
         s.display_name AS "displayName", s.roles, s.location_id AS "locationId",
         r.id AS "requirementId", r.name AS "requirementName", r.grace_days AS "graceDays",
         r.blocks_scheduling AS "blocksScheduling",
         c.completed_on::text AS "completedOn", c.expires_on::text AS "expiresOn",
         EXISTS (SELECT 1 FROM training_completions p
                 WHERE p.user_id = a.user_id AND p.requirement_id = a.requirement_id AND p.review = 'pending')
           AS "pendingVerification"
  FROM training_assignments a
  JOIN training_requirements r ON r.id = a.requirement_id
  JOIN staff_members s ON s.user_id = a.user_id
  LEFT JOIN LATERAL (
    SELECT v.completed_on, v.expires_on FROM training_completions v
    WHERE v.user_id = a.user_id AND v.requirement_id = a.requirement_id AND v.review = 'verified'
      AND NOT EXISTS (SELECT 1 FROM training_completions n WHERE n.supersedes_id = v.id AND n.review = 'verified')
    ORDER BY v.completed_on DESC, v.created_at DESC LIMIT 1
  ) c ON true
  WHERE a.retired_at IS NULL AND ($1::uuid IS NULL OR a.user_id = $1)
  ORDER BY a.created_at, a.id`;

/** Every live assignment's status today, computed from dates on the clinic's calendar; for one person or everyone. */
@Injectable()
export class Standings {
  async on(manager: EntityManager, now: Date, userId?: string): Promise<{ today: string; rows: StandingRow[] }> {
    const today = clinicToday(now, await clinicTimeZone(manager));
    const facts: StandingFactsRow[] = await manager.query(STANDING_FACTS, [userId ?? null]);
    const rows = facts.map(({ dueOn, graceDays, ...row }) => ({
      ...row,
      ...standingOf({ dueOn, graceDays, completedOn: row.completedOn, expiresOn: row.expiresOn }, today),
    }));
    return { today, rows };
  }
}
