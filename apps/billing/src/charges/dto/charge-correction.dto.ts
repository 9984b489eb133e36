import { PROCEDURE_CODE_PATTERN, PROCEDURE_MODIFIER_PATTERN } from '@praxis/domain';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min } from 'class-validator';

/** The line as it should have been; it keeps the diagnoses of the charge it corrects. */
export class CorrectChargeDto {
  @Matches(PROCEDURE_CODE_PATTERN, { message: 'procedureCode must be a CPT or HCPCS code' }) procedureCode: string;
  @IsArray()
  @ArrayMaxSize(4)
  @Matches(PROCEDURE_MODIFIER_PATTERN, { each: true, message: 'modifiers must be two characters' })
  modifiers: string[] = [];
  @IsInt() @Min(1) @Max(999) units: number;
}
