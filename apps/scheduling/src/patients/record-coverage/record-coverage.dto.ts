import { IsCalendarDate, IsNotBefore } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, Trimmed } from '@praxis/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import {
  CoverageRank,
  coverageRanks,
  Subscriber,
  SubscriberRelationship,
  subscriberRelationships,
} from '../coverage.entity';
import { AddressDto } from '../dto/address.dto';
import { Sex, sexes } from '../patient.entity';
import { EARLIEST_BIRTH_DATE } from '../register-patient/register-patient.dto';

const RequiredUnlessSelf = () =>
  ValidateIf((subscriber: SubscriberDto, value: unknown) => subscriber.relationship !== 'self' || value !== undefined);

export class SubscriberDto implements Subscriber {
  @IsIn(subscriberRelationships) relationship: SubscriberRelationship;
  @Trimmed() @RequiredUnlessSelf() @IsString() @IsNotEmpty() @MaxLength(100) firstName?: string;
  @Trimmed() @RequiredUnlessSelf() @IsString() @IsNotEmpty() @MaxLength(100) lastName?: string;
  @RequiredUnlessSelf() @IsCalendarDate({ notBefore: EARLIEST_BIRTH_DATE, notInFuture: true }) dateOfBirth?: string;
  @OmittableButNotNull() @IsIn(sexes) sex?: Sex;
  @OmittableButNotNull() @NestedObject(() => AddressDto) address?: AddressDto;
}

export class RecordCoverageDto {
  @ApiProperty({ description: "the payer's EDI id", example: '60054' })
  @Trimmed()
  @IsString()
  @Length(2, 80)
  payerId: string;
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(200) payerName: string;
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(80) memberId: string;
  @Trimmed() @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(80) groupNumber?: string;
  @NestedObject(() => SubscriberDto) subscriber: SubscriberDto;
  @IsIn(coverageRanks) rank: CoverageRank;
  @IsCalendarDate() effectiveFrom: string;
  @ApiProperty({ required: false, description: 'inclusive; leave out while the coverage is open-ended' })
  @OmittableButNotNull()
  @IsCalendarDate()
  @IsNotBefore('effectiveFrom')
  effectiveTo?: string;
}
