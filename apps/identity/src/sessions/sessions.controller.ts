import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllowAnonymous } from '@praxis/auth';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Login } from './login.usecase';
import { RefreshSession } from './refresh-session.usecase';
import { SessionTokens } from './session-tokens.dto';

export class LoginDto {
  @IsEmail() @MaxLength(254) email: string;
  @IsString() @MinLength(1) @MaxLength(200) password: string;
}

export class RefreshTokenDto {
  @IsString() @MaxLength(300) refreshToken: string;
}

@ApiTags('sessions')
@Controller('api/v1/auth')
export class SessionsController {
  constructor(
    private readonly login: Login,
    private readonly sessions: RefreshSession,
  ) {}

  @AllowAnonymous()
  @Post('login')
  @HttpCode(200)
  signIn(@Body() credentials: LoginDto): Promise<SessionTokens> {
    return this.login.execute(credentials);
  }

  @AllowAnonymous()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() { refreshToken }: RefreshTokenDto): Promise<SessionTokens> {
    return this.sessions.rotate(refreshToken);
  }

  @AllowAnonymous()
  @Post('logout')
  @HttpCode(204)
  logout(@Body() { refreshToken }: RefreshTokenDto): Promise<void> {
    return this.sessions.revoke(refreshToken);
  }
}
