import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { ApplyAcknowledgement } from './apply-acknowledgement/apply-acknowledgement.usecase';
import { AcknowledgementView } from './dto/acknowledgement.dto';

export const ACKNOWLEDGEMENTS_PATH = '/api/v1/acknowledgements';

/** A 999 or 277CA the clerk received outside the mailbox (a portal download, an email) is applied by hand. */
@ApiTags('acknowledgements')
@Controller(ACKNOWLEDGEMENTS_PATH.slice(1))
export class AcknowledgementsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly applyAcknowledgement: ApplyAcknowledgement,
  ) {}

  @RequirePermission('claims:write')
  @Post()
  @HttpCode(200)
  @ApiConsumes('application/edi-x12', 'text/plain')
  @ApiBody({ schema: { type: 'string', description: 'A 999 or 277CA interchange, as received.' } })
  upload(@Body() content: string): Promise<AcknowledgementView> {
    return this.applyAcknowledgement.execute({ ...this.commands.current(), content, source: 'upload' });
  }
}
