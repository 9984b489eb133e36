import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { Completion } from './completion.entity';
import { CompletionsQueries } from './completions.queries';
import { CorrectCompletion } from './correct-completion/correct-completion.usecase';
import { CompletionPage } from './dto/completion-page.dto';
import { CompletionsQuery, CorrectCompletionDto, RejectCompletionDto, SubmitCompletionDto } from './dto/completion.dto';
import { RejectCompletion } from './reject-completion/reject-completion.usecase';
import { SubmitCompletion } from './submit-completion/submit-completion.usecase';
import { VerifyCompletion } from './verify-completion/verify-completion.usecase';

@ApiTags('training')
@Controller('api/v1/training/completions')
export class CompletionsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly completions: CompletionsQueries,
    private readonly submitCompletion: SubmitCompletion,
    private readonly verifyCompletion: VerifyCompletion,
    private readonly rejectCompletion: RejectCompletion,
    private readonly correctCompletion: CorrectCompletion,
  ) {}

  @RequirePermission('training:self')
  @Post()
  submit(@Body() request: SubmitCompletionDto): Promise<Completion> {
    return this.submitCompletion.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('training:self')
  @Get()
  list(@Query() query: CompletionsQuery): Promise<CompletionPage> {
    return this.completions.page(query);
  }

  @RequirePermission('training:self')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Completion> {
    return this.completions.get(id);
  }

  @RequirePermission('training:self')
  @Get(':id/certificate')
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({
    description: 'the uploaded file, as it was uploaded',
    content: Object.fromEntries(
      ['application/pdf', 'image/png', 'image/jpeg'].map((type) => [
        type,
        { schema: { type: 'string', format: 'binary' } },
      ]),
    ),
  })
  async certificate(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const file = await this.completions.certificate(id);
    return new StreamableFile(file.content, {
      type: file.mediaType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }

  @RequirePermission('training:manage')
  @Post(':id/verification')
  verify(@Param('id', ParseUUIDPipe) id: string): Promise<Completion> {
    return this.verifyCompletion.execute({ ...this.commands.current(), completionId: id });
  }

  @RequirePermission('training:manage')
  @Post(':id/rejection')
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() { reason }: RejectCompletionDto): Promise<Completion> {
    return this.rejectCompletion.execute({ ...this.commands.current(), completionId: id, reason });
  }

  @RequirePermission('training:self')
  @Post(':id/corrections')
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() corrections: CorrectCompletionDto): Promise<Completion> {
    return this.correctCompletion.execute({ ...this.commands.current(), completionId: id, corrections });
  }
}
