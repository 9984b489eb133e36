import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { CreatePayer } from './create-payer/create-payer.usecase';
import { PayerDto } from './dto/payer.dto';
import { Payer } from './payer.entity';
import { PayersQueries } from './payers.queries';
import { RemovePayer } from './remove-payer/remove-payer.usecase';
import { UpdatePayer } from './update-payer/update-payer.usecase';

/** The payers the clinic bills, kept by its clerks. */
@ApiTags('claims')
@Controller('api/v1/payers')
export class PayersController {
  constructor(
    private readonly commands: CommandContext,
    private readonly payers: PayersQueries,
    private readonly createPayer: CreatePayer,
    private readonly updatePayer: UpdatePayer,
    private readonly removePayer: RemovePayer,
  ) {}

  @RequirePermission('claims:read')
  @Get()
  list(): Promise<Payer[]> {
    return this.payers.list();
  }

  @RequirePermission('claims:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Payer> {
    return this.payers.get(id);
  }

  @RequirePermission('claims:write')
  @Post()
  create(@Body() request: PayerDto): Promise<Payer> {
    return this.createPayer.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('claims:write')
  @Put(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() request: PayerDto): Promise<Payer> {
    return this.updatePayer.execute({ ...this.commands.current(), ...request, payerId: id });
  }

  @RequirePermission('claims:write')
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.removePayer.execute({ ...this.commands.current(), payerId: id });
  }
}
