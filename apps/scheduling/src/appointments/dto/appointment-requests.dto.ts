import { DIAGNOSIS_CODE_PATTERN, PROCEDURE_CODE_PATTERN, PROCEDURE_MODIFIER_PATTERN } from '@praxis/domain';
import { Type } from 'class-transformer';
import { OmittableButNotNull } from '@praxis/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

export class BookAppointmentDto {
  @IsUUID() patientId: string;
  @IsUUID() providerId: string;
  @IsUUID() locationId: string;
  @IsUUID() appointmentTypeId: string;
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'startsAt must carry its UTC offset' })
  startsAt: string;
  @OmittableButNotNull() @IsUUID() roomId?: string;
  @OmittableButNotNull() @IsString() @MaxLength(2000) notes?: string;
  /**
   * True books a start off the visit type's slot grid (09:47 where visits start every 15 minutes); without it such a
   * start is refused with 422, since it is usually a typing slip.
   */
  @OmittableButNotNull() @IsBoolean() allowOffGrid?: boolean;
  /**
   * True books the visit even though the patient already has another visit at that time (with any provider); without
   * it such a booking is refused with 409 naming the visit the patient already has.
   */
  @OmittableButNotNull() @IsBoolean() allowPatientOverlap?: boolean;
}

export class RescheduleAppointmentDto {
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'startsAt must carry its UTC offset' })
  startsAt: string;
  @OmittableButNotNull() @IsUUID() providerId?: string;
  @OmittableButNotNull() @IsUUID() roomId?: string;
  /** True moves the visit to a start off the visit type's slot grid; without it such a start is refused with 422. */
  @OmittableButNotNull() @IsBoolean() allowOffGrid?: boolean;
  /**
   * True moves the visit even though the patient already has another visit at the new time; without it such a move
   * is refused with 409. Each move decides afresh: a visit moved without it no longer overlaps on purpose.
   */
  @OmittableButNotNull() @IsBoolean() allowPatientOverlap?: boolean;
}

export class CancelAppointmentDto {
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class ProcedureLineDto {
  @Matches(PROCEDURE_CODE_PATTERN, { message: 'code must be a CPT or HCPCS code' }) code: string;
  @IsArray()
  @ArrayMaxSize(4)
  @Matches(PROCEDURE_MODIFIER_PATTERN, { each: true, message: 'modifiers must be two characters' })
  modifiers: string[] = [];
  @IsInt() @Min(1) @Max(999) units: number;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(12, { each: true })
  diagnosisPointers: number[];
}

export class CompleteAppointmentDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @Matches(DIAGNOSIS_CODE_PATTERN, { each: true, message: 'diagnoses must be ICD-10-CM codes' })
  diagnoses: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProcedureLineDto)
  procedures: ProcedureLineDto[];
}
