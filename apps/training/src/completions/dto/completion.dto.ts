import { IsCalendarDate } from '@praxis/domain';
import { NestedObject, OmittableButNotNull, PageQuery } from '@praxis/platform';
import { IsBase64, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { CERTIFICATE_MAX_BYTES } from '../certificate-upload';
import type { Review } from '../completion.entity';
import { reviews } from '../completion.entity';

/** Base64 in the JSON body: the gateway passes only JSON, and the limit keeps the body under its 1 MiB. */
export class CertificateUploadDto {
  @IsString() @IsBase64() @MaxLength(Math.ceil(CERTIFICATE_MAX_BYTES / 3) * 4) contentBase64: string;
}

export class SubmitCompletionDto {
  @IsUUID() requirementId: string;
  /** Whose completion; left out, the caller's own. Only managers may name someone else. */
  @OmittableButNotNull() @IsUUID() userId?: string;
  @IsCalendarDate({ notInFuture: true }) completedOn: string;
  /** The date printed on the certificate; only for requirements that expire on it, and required for them. */
  @OmittableButNotNull() @IsCalendarDate() expiresOn?: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) issuer?: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(100) certificateNumber?: string;
  @OmittableButNotNull() @NestedObject(() => CertificateUploadDto) certificate?: CertificateUploadDto;
}

/** A correction restates what was wrong; what it leaves out is taken from the completion it supersedes. */
export class CorrectCompletionDto {
  @OmittableButNotNull() @IsCalendarDate({ notInFuture: true }) completedOn?: string;
  @OmittableButNotNull() @IsCalendarDate() expiresOn?: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(200) issuer?: string;
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(100) certificateNumber?: string;
  @OmittableButNotNull() @NestedObject(() => CertificateUploadDto) certificate?: CertificateUploadDto;
}

export class RejectCompletionDto {
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class CompletionsQuery extends PageQuery {
  @OmittableButNotNull() @IsUUID() userId?: string;
  @OmittableButNotNull() @IsUUID() requirementId?: string;
  @OmittableButNotNull() @IsIn(reviews) review?: Review;
}
