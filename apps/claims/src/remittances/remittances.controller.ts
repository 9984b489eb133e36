import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, PageQuery } from '@praxis/platform';
import {
  ClaimPaymentView,
  MatchClaimPaymentDto,
  RemittanceFileView,
  RemittancePage,
  RemittanceQuery,
  RemittanceTransactionView,
  UnmatchedClaimPaymentPage,
} from './dto/remittance.dto';
import { MatchClaimPayment } from './match-claim-payment/match-claim-payment.usecase';
import { PostRemittance } from './post-remittance/post-remittance.usecase';
import { PreviewRemittance } from './preview-remittance/preview-remittance.usecase';
import { RemittancesQueries } from './remittances.queries';

export const REMITTANCES_PATH = '/api/v1/remittances';
export const REMITTANCE_PREVIEW_PATH = `${REMITTANCES_PATH}/preview`;

const AN_835 = { schema: { type: 'string', description: 'An 835 (005010X221A1) interchange, as received.' } };

/** The clerk's ERAs: posted from an upload (after a preview if wished), read back, and unmatched ones matched by hand. */
@ApiTags('remittances')
@Controller(REMITTANCES_PATH.slice(1))
export class RemittancesController {
  constructor(
    private readonly commands: CommandContext,
    private readonly postRemittance: PostRemittance,
    private readonly previewRemittance: PreviewRemittance,
    private readonly matchClaimPayment: MatchClaimPayment,
    private readonly remittances: RemittancesQueries,
  ) {}

  @RequirePermission('claims:write')
  @Post()
  @HttpCode(200)
  @ApiConsumes('application/edi-x12', 'text/plain')
  @ApiBody(AN_835)
  upload(@Body() content: string): Promise<RemittanceFileView> {
    return this.postRemittance.execute({ ...this.commands.current(), content, source: 'upload' });
  }

  @RequirePermission('claims:write')
  @Post('preview')
  @HttpCode(200)
  @ApiConsumes('application/edi-x12', 'text/plain')
  @ApiBody(AN_835)
  preview(@Body() content: string): Promise<RemittanceFileView> {
    return this.previewRemittance.execute({ ...this.commands.current(), content });
  }

  @RequirePermission('claims:read')
  @Get()
  list(@Query() query: RemittanceQuery): Promise<RemittancePage> {
    return this.remittances.page(query);
  }

  @RequirePermission('claims:read')
  @Get('unmatched')
  unmatched(@Query() query: PageQuery): Promise<UnmatchedClaimPaymentPage> {
    return this.remittances.unmatched(query);
  }

  @RequirePermission('claims:write')
  @Post('unmatched/:claimPaymentId/match')
  @HttpCode(200)
  match(
    @Param('claimPaymentId', ParseUUIDPipe) claimPaymentId: string,
    @Body() request: MatchClaimPaymentDto,
  ): Promise<ClaimPaymentView> {
    return this.matchClaimPayment.execute({ ...this.commands.current(), ...request, claimPaymentId });
  }

  @RequirePermission('claims:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RemittanceTransactionView> {
    return this.remittances.get(id);
  }
}
