import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { StaffModule } from '../staff/staff.module';
import { Login } from './login/login.usecase';
import { Logout } from './logout/logout.usecase';
import { RefreshSession } from './refresh-session/refresh-session.usecase';
import { SessionTokenIssuer } from './session-tokens';
import { SessionsController } from './sessions.controller';

@Module({
  imports: [StaffModule, AuditModule],
  controllers: [SessionsController],
  providers: [SessionTokenIssuer, Login, RefreshSession, Logout],
})
export class SessionsModule {}
