import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@praxis/auth';
import { READINESS_CHECKS, ReadinessCheck } from './readiness';

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Public()
  @Get('healthz')
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Public()
  @Get('readyz')
  async ready(): Promise<{ status: string; checks: Record<string, string> }> {
    const results = await Promise.all(
      this.checks.map(
        async (check) =>
          [
            check.name,
            await check.check().then(
              () => 'ok',
              (error: Error) => error.message,
            ),
          ] as const,
      ),
    );
    const checks = Object.fromEntries(results);
    if (results.some(([, result]) => result !== 'ok'))
      throw new ServiceUnavailableException({ message: 'not ready', checks });
    return { status: 'ok', checks };
  }
}
