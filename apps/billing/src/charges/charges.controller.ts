import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey } from '@praxis/platform';
import { BillingVisit } from './billing-visit.entity';
import { ChargesQueries } from './charges.queries';
import { CorrectChargeDto } from './dto/charge-correction.dto';
import { PriceChargeDto } from './dto/charge-price.dto';
import { HoldVisitDto, VisitPage, VisitQuery } from './dto/visit.dto';
import { CorrectCharge } from './correct-charge/correct-charge.usecase';
import { HoldVisit } from './hold-visit/hold-visit.usecase';
import { PriceCharge } from './price-charge/price-charge.usecase';
import { ReleaseVisit } from './release-visit/release-visit.usecase';
import { ResumeVisit } from './resume-visit/resume-visit.usecase';

/** Completed visits and their charges, as the clerk works them before they are posted. */
@ApiTags('billing')
@Controller('api/v1/billing/visits')
export class ChargesController {
  constructor(
    private readonly commands: CommandContext,
    private readonly charges: ChargesQueries,
    private readonly releaseVisit: ReleaseVisit,
    private readonly holdVisit: HoldVisit,
    private readonly resumeVisit: ResumeVisit,
    private readonly correctCharge: CorrectCharge,
    private readonly priceCharge: PriceCharge,
  ) {}

  @RequirePermission('charges:read')
  @Get()
  list(@Query() query: VisitQuery): Promise<VisitPage> {
    return this.charges.page(query);
  }

  @RequirePermission('charges:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<BillingVisit> {
    return this.charges.get(id);
  }

  @RequirePermission('charges:write')
  @Post(':id/release')
  @HttpCode(200)
  release(@Param('id', ParseUUIDPipe) id: string, @IdempotencyKey() idempotencyKey?: string): Promise<BillingVisit> {
    return this.releaseVisit.execute({ ...this.commands.current(), visitId: id, idempotencyKey });
  }

  @RequirePermission('charges:write')
  @Post(':id/hold')
  @HttpCode(200)
  hold(@Param('id', ParseUUIDPipe) id: string, @Body() request: HoldVisitDto): Promise<BillingVisit> {
    return this.holdVisit.execute({ ...this.commands.current(), ...request, visitId: id });
  }

  @RequirePermission('charges:write')
  @Post(':id/resume')
  @HttpCode(200)
  resume(@Param('id', ParseUUIDPipe) id: string): Promise<BillingVisit> {
    return this.resumeVisit.execute({ ...this.commands.current(), visitId: id });
  }

  /** Voids a posted charge by reversing its posting and posts the corrected line in its place. */
  @RequirePermission('charges:write')
  @Post(':id/charges/:chargeId/correction')
  @HttpCode(200)
  correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('chargeId', ParseUUIDPipe) chargeId: string,
    @Body() request: CorrectChargeDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<BillingVisit> {
    return this.correctCharge.execute({
      ...this.commands.current(),
      ...request,
      visitId: id,
      chargeId,
      idempotencyKey,
    });
  }

  /** Prices an unpriced line of a visit in review, by the clerk's unit price or a corrected code. */
  @RequirePermission('charges:write')
  @Post(':id/charges/:chargeId/price')
  @HttpCode(200)
  price(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('chargeId', ParseUUIDPipe) chargeId: string,
    @Body() request: PriceChargeDto,
  ): Promise<BillingVisit> {
    return this.priceCharge.execute({ ...this.commands.current(), ...request, visitId: id, chargeId });
  }
}
