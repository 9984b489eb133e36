import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey } from '@praxis/platform';
import { ClaimSubmissionsQueries } from './claim-submissions.queries';
import { ClaimSubmissionView } from './dto/claim-submission.dto';
import { SubmitClaims } from './submit-claims/submit-claims.usecase';

/** The clerk sends ready claims to the clearinghouse and follows each file. */
@ApiTags('claim submissions')
@Controller('api/v1/claim-submissions')
export class ClaimSubmissionsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly submitClaims: SubmitClaims,
    private readonly submissions: ClaimSubmissionsQueries,
  ) {}

  @RequirePermission('claims:write')
  @Post()
  @HttpCode(202)
  submit(@IdempotencyKey() idempotencyKey?: string): Promise<ClaimSubmissionView> {
    return this.submitClaims.execute({ ...this.commands.current(), idempotencyKey });
  }

  @RequirePermission('claims:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ClaimSubmissionView> {
    return this.submissions.get(id);
  }

  @RequirePermission('claims:read')
  @Get(':id/x12')
  @ApiProduces('application/edi-x12')
  @ApiOkResponse({
    description: 'the 837P file exactly as it was sent',
    content: { 'application/edi-x12': { schema: { type: 'string', format: 'binary' } } },
  })
  async x12(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const file = await this.submissions.file(id);
    return new StreamableFile(file, {
      type: 'application/edi-x12',
      disposition: `attachment; filename="claims-${id}.x12"`,
      length: file.length,
    });
  }
}
