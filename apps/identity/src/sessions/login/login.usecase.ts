import { HttpException, HttpStatus, Inject, Injectable, OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail';
import { IDENTITY_CONFIG, IdentityConfig } from '../../identity.config';
import { LoginDirectoryEntry } from '../../staff/login-directory.entity';
import { PasswordHasher } from '../../staff/password-hasher';
import { StaffMember } from '../../staff/staff-member.entity';
import { SessionTokenIssuer } from '../session-tokens';
import { SessionTokens } from '../session-tokens.dto';
import { LoginCommand } from './login.command';

const INVALID = 'invalid email or password';

interface Attempt {
  entry: LoginDirectoryEntry;
  password: string;
  now: Date;
}

@Injectable()
export class Login implements OnModuleInit {
  /** Verified when there is no account, so refusing an unknown email costs what refusing a known one does. */
  private accountlessHash = '';

  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly hasher: PasswordHasher,
    private readonly issuer: SessionTokenIssuer,
    private readonly audit: AuditTrail,
  ) {}

  async onModuleInit(): Promise<void> {
    this.accountlessHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
  }

  async execute({ now, email, password }: LoginCommand): Promise<SessionTokens> {
    const entry = await this.dataSource.getRepository(LoginDirectoryEntry).findOneBy({ email: email.toLowerCase() });
    if (!entry) {
      await this.hasher.matches(this.accountlessHash, password);
      throw new UnauthorizedException(INVALID);
    }
    const outcome = await this.transactions.runFor(entry.tenantId, (manager) =>
      this.attempt(manager, { entry, password, now }),
    );
    if (outcome instanceof HttpException) throw outcome;
    return outcome;
  }

  /** Failed attempts are committed, not rolled back with the refusal: that is what makes the lockout hold. */
  private async attempt(manager: EntityManager, attempt: Attempt): Promise<SessionTokens | HttpException> {
    const { entry, password, now } = attempt;
    const member = await manager
      .createQueryBuilder(StaffMember, 'staff')
      .addSelect('staff.passwordHash')
      .where('staff.id = :id', { id: entry.userId })
      .setLock('pessimistic_write')
      .getOne();
    // Verified before any refusal, so a deactivated or locked account answers as slowly as a wrong password.
    const passwordMatches = await this.hasher.matches(member?.passwordHash ?? this.accountlessHash, password);
    if (!member || !member.active)
      return this.refuse(manager, attempt, 'session:login-refused', new UnauthorizedException(INVALID));
    if (member.lockedUntil && member.lockedUntil > now) {
      const locked = new HttpException(`account locked until ${member.lockedUntil.toISOString()}`, HttpStatus.LOCKED);
      return this.refuse(manager, attempt, 'session:login-locked', locked);
    }
    if (!passwordMatches) {
      member.failedLogins += 1;
      if (member.failedLogins >= this.config.LOGIN_MAX_FAILURES) {
        member.lockedUntil = new Date(now.getTime() + this.config.LOGIN_LOCKOUT_MINUTES * 60_000);
        member.failedLogins = 0;
      }
      await manager.update(StaffMember, member.id, {
        failedLogins: member.failedLogins,
        lockedUntil: member.lockedUntil,
      });
      return this.refuse(manager, attempt, 'session:login-failed', new UnauthorizedException(INVALID));
    }
    await manager.update(StaffMember, member.id, { failedLogins: 0, lockedUntil: null });
    await this.record(manager, attempt, 'session:login');
    return this.issuer.issue(manager, member, now);
  }

  private async refuse(
    manager: EntityManager,
    attempt: Attempt,
    action: string,
    error: HttpException,
  ): Promise<HttpException> {
    await this.record(manager, attempt, action);
    return error;
  }

  private record(manager: EntityManager, { entry, now }: Attempt, action: string): Promise<void> {
    return this.audit.record(manager, {
      tenantId: entry.tenantId,
      actorUserId: entry.userId,
      action,
      resource: null,
      requestId: this.context.requestId ?? null,
      occurredAt: now,
    });
  }
}
