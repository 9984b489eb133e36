import { staffRoles } from '@praxis/contracts';
import type { StaffRole } from '@praxis/contracts';
import { OmittableButNotNull } from '@praxis/platform';
import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { Recurrence, RequirementKind, RequirementTopic } from '../requirement.entity';
import { recurrences, requirementKinds, requirementTopics } from '../requirement.entity';

const IsDays = () => applyDecorators(IsInt(), Min(0), Max(365));
const IsMonths = () => applyDecorators(IsInt(), Min(1), Max(120));
const IsRoles = () =>
  applyDecorators(IsArray(), ArrayUnique(), ArrayMaxSize(staffRoles.length), IsIn(staffRoles, { each: true }));
const IsIds = () => applyDecorators(IsArray(), ArrayUnique(), ArrayMaxSize(500), IsUUID('all', { each: true }));

export class CreateRequirementDto {
  @IsString() @IsNotEmpty() @MaxLength(120) name: string;
  @IsIn(requirementKinds) kind: RequirementKind;
  @IsIn(requirementTopics) topic: RequirementTopic;
  @IsRoles() roles: StaffRole[];
  @OmittableButNotNull() @IsIds() locationIds?: string[];
  @OmittableButNotNull() @IsIds() staffIds?: string[];
  @IsIn(recurrences) recurrence: Recurrence;
  /** Required when recurrence is months, refused otherwise. */
  @OmittableButNotNull() @IsMonths() everyMonths?: number;
  @OmittableButNotNull() @IsDays() graceDays?: number;
  @OmittableButNotNull() @IsDays() dueWithinDays?: number;
  @OmittableButNotNull() @IsBoolean() blocksScheduling?: boolean;
}

export class UpdateRequirementDto {
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(120) name?: string;
  @OmittableButNotNull() @IsRoles() roles?: StaffRole[];
  @OmittableButNotNull() @IsIds() locationIds?: string[];
  @OmittableButNotNull() @IsIds() staffIds?: string[];
  @OmittableButNotNull() @IsIn(recurrences) recurrence?: Recurrence;
  @OmittableButNotNull() @IsMonths() everyMonths?: number;
  @OmittableButNotNull() @IsDays() graceDays?: number;
  @OmittableButNotNull() @IsDays() dueWithinDays?: number;
  @OmittableButNotNull() @IsBoolean() blocksScheduling?: boolean;
  /** false retires the requirement and everyone's assignment to it; history stays. */
  @OmittableButNotNull() @IsBoolean() active?: boolean;
}
