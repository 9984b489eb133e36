import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, RequiredIdempotencyKey } from '@praxis/platform';
import { ApplyPayment } from './apply-payment/apply-payment.usecase';
import {
  ApplyPaymentDto,
  PaymentPage,
  PaymentQuery,
  PaymentView,
  PostPaymentDto,
  RefundPaymentDto,
  TakeCopayDto,
} from './dto/payment.dto';
import { PaymentsQueries } from './payments.queries';
import { PostPayment } from './post-payment/post-payment.usecase';
import { RefundPayment } from './refund-payment/refund-payment.usecase';
import { TakeCopay } from './take-copay/take-copay.usecase';

/** Patients' money in and out. Every request that moves money needs an Idempotency-Key, so a retry never pays twice. */
@ApiTags('billing')
@Controller('api/v1/billing')
export class PaymentsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly payments: PaymentsQueries,
    private readonly postPayment: PostPayment,
    private readonly takeCopay: TakeCopay,
    private readonly applyPayment: ApplyPayment,
    private readonly refundPayment: RefundPayment,
  ) {}

  @RequirePermission('payments:write')
  @Post('payments')
  post(@Body() request: PostPaymentDto, @RequiredIdempotencyKey() idempotencyKey: string): Promise<PaymentView> {
    return this.postPayment.execute({ ...this.commands.current(), ...request, idempotencyKey });
  }

  /** A co-pay for a visit, kept as the patient's credit until the visit's charges post. */
  @RequirePermission('copays:take')
  @Post('copays')
  copay(@Body() request: TakeCopayDto, @RequiredIdempotencyKey() idempotencyKey: string): Promise<PaymentView> {
    return this.takeCopay.execute({ ...this.commands.current(), ...request, idempotencyKey });
  }

  @RequirePermission('payments:read')
  @Get('payments')
  list(@Query() query: PaymentQuery): Promise<PaymentPage> {
    return this.payments.page(query);
  }

  @RequirePermission('payments:read')
  @Get('payments/:id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PaymentView> {
    return this.payments.get(id);
  }

  /** Applies what is left of the payment to the patient's visits. */
  @RequirePermission('payments:write')
  @Post('payments/:id/applications')
  @HttpCode(200)
  apply(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ApplyPaymentDto,
    @RequiredIdempotencyKey() idempotencyKey: string,
  ): Promise<PaymentView> {
    return this.applyPayment.execute({ ...this.commands.current(), ...request, paymentId: id, idempotencyKey });
  }

  /** Gives money back by the payment's own method; a card's through the card processor. */
  @RequirePermission('payments:write')
  @Post('payments/:id/refunds')
  @HttpCode(200)
  refund(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: RefundPaymentDto,
    @RequiredIdempotencyKey() idempotencyKey: string,
  ): Promise<PaymentView> {
    return this.refundPayment.execute({ ...this.commands.current(), ...request, paymentId: id, idempotencyKey });
  }
}
