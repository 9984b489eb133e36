import { IsNpi } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, PostalAddress, Trimmed } from '@praxis/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocationPlaceOfService } from '../billing-profile.entity';

const PLACE_OF_SERVICE = /^\d{2}$/;

export class LocationPlaceOfServiceDto implements LocationPlaceOfService {
  @IsUUID() locationId: string;
  @Matches(PLACE_OF_SERVICE, { message: 'placeOfService must be a two-digit CMS place-of-service code' })
  placeOfService: string;
}

/** The clinic's billing profile as a whole; what is left out is unknown, and the scrub asks for what claims need. */
export class BillingProfileDto {
  @Trimmed() @IsString() @IsNotEmpty() @MaxLength(60) organizationName: string;
  @IsNpi() npi: string;
  @OmittableButNotNull() @Matches(/^\d{9}$/, { message: 'tin must be nine digits without a hyphen' }) tin?: string;
  @OmittableButNotNull()
  @Matches(/^\d{3}[0-9A-Z]{6}X$/, { message: 'taxonomyCode must be a provider taxonomy code such as 207Q00000X' })
  taxonomyCode?: string;
  @OmittableButNotNull() @NestedObject(() => PostalAddress) address?: PostalAddress;
  @OmittableButNotNull()
  @Matches(PLACE_OF_SERVICE, { message: 'placeOfService must be a two-digit CMS place-of-service code' })
  placeOfService?: string;
  @OmittableButNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LocationPlaceOfServiceDto)
  locationPlacesOfService?: LocationPlaceOfServiceDto[];
  @OmittableButNotNull() @Trimmed() @IsString() @IsNotEmpty() @MaxLength(80) submitterId?: string;
  @OmittableButNotNull() @Trimmed() @IsString() @IsNotEmpty() @MaxLength(80) receiverId?: string;
}
