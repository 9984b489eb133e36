import { OmittableButNotNull } from '@praxis/platform';
import { PROCEDURE_CODE_PATTERN } from '@praxis/domain';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** One of the two: the clerk's own unit price, or the code the line should have had, priced by the schedule. */
export class PriceChargeDto {
  /** Minor units of the clinic's currency, per unit of the line. */
  @OmittableButNotNull() @IsInt() @Min(0) @Max(2_000_000) unitPriceMinor?: number;
  @OmittableButNotNull()
  @Matches(PROCEDURE_CODE_PATTERN, { message: 'procedureCode must be a CPT or HCPCS code' })
  procedureCode?: string;
}
