import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllowAnonymous } from '@praxis/auth';
import { Clock } from '@praxis/platform';
import { LoginDto } from './login/login.dto';
import { Login } from './login/login.usecase';
import { Logout } from './logout/logout.usecase';
import { RefreshSession } from './refresh-session/refresh-session.usecase';
import { RefreshTokenDto } from './refresh-token.dto';
import { SessionTokens } from './session-tokens.dto';

@ApiTags('sessions')
@Controller('api/v1/auth')
export class SessionsController {
  constructor(
    private readonly login: Login,
    private readonly refreshSession: RefreshSession,
    private readonly logoutSession: Logout,
    // These routes come before any tenant is known, so their instant comes straight from the clock.
    private readonly clock: Clock,
  ) {}

  @AllowAnonymous()
  @Post('login')
  @HttpCode(200)
  signIn(@Body() credentials: LoginDto): Promise<SessionTokens> {
    return this.login.execute({ now: this.clock.now(), ...credentials });
  }

  @AllowAnonymous()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() { refreshToken }: RefreshTokenDto): Promise<SessionTokens> {
    return this.refreshSession.execute({ now: this.clock.now(), refreshToken });
  }

  @AllowAnonymous()
  @Post('logout')
  @HttpCode(204)
  logout(@Body() { refreshToken }: RefreshTokenDto): Promise<void> {
    return this.logoutSession.execute({ now: this.clock.now(), refreshToken });
  }
}
