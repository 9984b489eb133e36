import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { CreateProvider } from './create-provider/create-provider.usecase';
import { CreateProviderDto } from './dto/create-provider.dto';
import { UpdateProviderDto } from './dto/update-provider.dto';
import { Provider } from './provider.entity';
import { ProviderDirectory } from './provider-directory';
import { UpdateProvider } from './update-provider/update-provider.usecase';

@ApiTags('providers')
@Controller('api/v1/providers')
export class ProvidersController {
  constructor(
    private readonly commands: CommandContext,
    private readonly directory: ProviderDirectory,
    private readonly createProvider: CreateProvider,
    private readonly updateProvider: UpdateProvider,
  ) {}

  @RequirePermission('providers:write')
  @Post()
  create(@Body() request: CreateProviderDto): Promise<Provider> {
    return this.createProvider.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('providers:read')
  @Get()
  list(): Promise<Provider[]> {
    return this.directory.list();
  }

  @RequirePermission('providers:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Provider> {
    return this.directory.find(id);
  }

  @RequirePermission('providers:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateProviderDto): Promise<Provider> {
    return this.updateProvider.execute({ ...this.commands.current(), providerId: id, changes });
  }
}
