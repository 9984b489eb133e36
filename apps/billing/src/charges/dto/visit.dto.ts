import { OmittableButNotNull, PageOf, PageQuery } from '@praxis/platform';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { BillingVisit } from '../billing-visit.entity';
import type { VisitStatus } from '../visit-status';
import { visitStatuses } from '../visit-status';

export class VisitQuery extends PageQuery {
  /** needs_review is the worklist of visits with a code the fee schedule has no price for. */
  @OmittableButNotNull() @IsIn(visitStatuses) status?: VisitStatus;
}

export class VisitPage extends PageOf(BillingVisit) {}

export class HoldVisitDto {
  /** Why the visit is stopped, for whoever picks it up. */
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
