import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { StatementsQueries } from '../statements.queries';
import { StatementSettingsDto } from './dto/statement-settings.dto';
import { SetStatementSettings } from './set-statement-settings/set-statement-settings.usecase';
import { StatementSettings } from './statement-settings.entity';

/** The clinic as its mailed statements name it: whom to pay, the return address and the billing office's phone. */
@ApiTags('billing')
@Controller('api/v1/billing/statement-settings')
export class StatementSettingsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly statements: StatementsQueries,
    private readonly setStatementSettings: SetStatementSettings,
  ) {}

  /** 404 until a clinic manager or clerk first sets them. */
  @RequirePermission('statements:read')
  @Get()
  get(): Promise<StatementSettings> {
    return this.statements.settings(this.commands.current().tenantId);
  }

  @RequirePermission('statements:write')
  @Put()
  set(@Body() request: StatementSettingsDto): Promise<StatementSettings> {
    return this.setStatementSettings.execute({ ...this.commands.current(), ...request });
  }
}
