import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateRoomDto {
  @IsUUID() locationId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
}

export class UpdateRoomDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @IsOptional() @IsBoolean() active?: boolean;
}

export class RoomsQuery {
  @IsOptional() @IsUUID() locationId?: string;
}
