import { IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { OmittableButNotNull } from '@praxis/platform';

export class CreateRoomDto {
  @IsUUID() locationId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
}

export class UpdateRoomDto {
  @OmittableButNotNull() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @OmittableButNotNull() @IsBoolean() active?: boolean;
}

export class RoomsQuery {
  @OmittableButNotNull() @IsUUID() locationId?: string;
}
