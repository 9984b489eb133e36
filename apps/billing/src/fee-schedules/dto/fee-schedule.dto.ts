import { currencies, IsCalendarDate } from '@praxis/domain';
import type { CurrencyCode } from '@praxis/domain';
import { PageOf } from '@praxis/platform';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FeeSchedule } from '../fee-schedule.entity';

export class ImportFeeScheduleDto {
  /** The first date of service the prices apply to, YYYY-MM-DD. */
  @IsCalendarDate() effectiveFrom: string;
  @IsIn(currencies) currency: CurrencyCode;
  /** The file's text: a header naming procedure_code, modifiers, payer_id, amount, then one row per price. */
  @IsString() @IsNotEmpty() @MaxLength(1_000_000) csv: string;
}

export class FeeSchedulePage extends PageOf(FeeSchedule) {}
