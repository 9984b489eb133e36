import { ApiProperty } from '@nestjs/swagger';

/** What a login or a refresh hands the caller. */
export class SessionTokens {
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  /** A JWT to send as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
  /** Seconds until the access token expires. */
  @ApiProperty({ type: 'integer', example: 900 }) expiresIn: number;
  /** Single use: refreshing returns a new one, and presenting a used one ends every session of its login. */
  refreshToken: string;
}
