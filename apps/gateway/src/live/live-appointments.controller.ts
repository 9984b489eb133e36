import { Controller, ForbiddenException, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RateLimitedError, RateLimiter } from '../rate-limits/rate-limiter';
import { LIVE_APPOINTMENTS_ROUTE, rolesAllow } from '../routing/route-table';
import { SignedInCallers } from '../routing/signed-in-callers';
import { LiveAppointmentStream } from './live-appointment-stream';

/**
 * Server-sent events of the caller's clinic's appointment changes, for calendars to refetch what changed. Browsers'
 * EventSource cannot send an Authorization header, so the console reads the stream with fetch.
 */
@ApiExcludeController()
@Controller(LIVE_APPOINTMENTS_ROUTE.path.slice(1))
export class LiveAppointmentsController {
  constructor(
    private readonly callers: SignedInCallers,
    private readonly limiter: RateLimiter,
    private readonly stream: LiveAppointmentStream,
  ) {}

  @Get()
  async follow(@Req() request: Request, @Res() response: Response): Promise<void> {
    const caller = await this.callers.of(request);
    if (!rolesAllow(LIVE_APPOINTMENTS_ROUTE, caller.roles))
      throw new ForbiddenException('your role does not allow this');
    try {
      await this.limiter.consume({ ...caller, clientAddress: request.ip ?? 'unknown' });
    } catch (error) {
      if (error instanceof RateLimitedError) response.setHeader('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
    await this.stream.follow(caller, response);
  }
}
