import { IsString, MaxLength } from 'class-validator';

export class RefreshTokenDto {
  @IsString() @MaxLength(300) refreshToken: string;
}
