import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ReceiveSubmission, SubmissionReceipt } from './receive-submission';

export const SUBMISSIONS_PATH = '/submissions';

/** Where trading partners drop their 837P files; the replies wait in their mailbox. */
@ApiTags('submissions')
@Controller(SUBMISSIONS_PATH.slice(1))
export class SubmissionsController {
  constructor(private readonly receiveSubmission: ReceiveSubmission) {}

  @Post()
  @HttpCode(202)
  @ApiConsumes('application/edi-x12', 'text/plain')
  @ApiBody({ schema: { type: 'string', description: 'An 837P (005010X222A1) interchange.' } })
  receive(@Body() x12: string): SubmissionReceipt {
    return this.receiveSubmission.execute(x12);
  }
}
