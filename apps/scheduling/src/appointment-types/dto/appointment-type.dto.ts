import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDivisibleBy,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OmittableButNotNull } from '@praxis/platform';

/** CPT (five digits, or four and a letter for category II/III) or HCPCS Level II (a letter A–V and four digits). */
const PROCEDURE_CODE = /^([0-9]{4}[0-9A-Z]|[A-V][0-9]{4})$/;

/** Visits last 5 to 480 minutes in 5-minute steps, the grid slot search works on. */
const IsDurationMinutes = () => applyDecorators(IsInt(), Min(5), Max(480), IsDivisibleBy(5));
const IsBufferMinutes = () => applyDecorators(IsInt(), Min(0), Max(120));
const IsProcedureCodes = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(20),
    ArrayUnique(),
    Matches(PROCEDURE_CODE, {
      each: true,
      message: 'each procedure code must be a CPT or HCPCS code such as 99213 or G0438',
    }),
  );

export class CreateAppointmentTypeDto {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsDurationMinutes() durationMinutes: number;
  @OmittableButNotNull() @IsBufferMinutes() bufferBeforeMinutes?: number;
  @OmittableButNotNull() @IsBufferMinutes() bufferAfterMinutes?: number;
  @OmittableButNotNull() @IsProcedureCodes() procedureCodes?: string[];
}

export class UpdateAppointmentTypeDto {
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @OmittableButNotNull() @IsDurationMinutes() durationMinutes?: number;
  @OmittableButNotNull() @IsBufferMinutes() bufferBeforeMinutes?: number;
  @OmittableButNotNull() @IsBufferMinutes() bufferAfterMinutes?: number;
  @OmittableButNotNull() @IsProcedureCodes() procedureCodes?: string[];
  @OmittableButNotNull() @IsBoolean() active?: boolean;
}

export class AppointmentTypesQuery {
  @OmittableButNotNull()
  @Matches(/^(true|false)$/, { message: 'includeInactive must be true or false' })
  includeInactive?: string;
}
