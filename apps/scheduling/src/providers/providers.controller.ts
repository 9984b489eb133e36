import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { TenantTransactions } from '@praxis/tenancy';
import { CreateProviderDto } from './create-provider/create-provider.dto';
import { CreateProvider } from './create-provider/create-provider.usecase';
import { Provider } from './provider.entity';
import { ProviderDirectory } from './provider-directory';
import { UpdateProviderDto } from './update-provider/update-provider.dto';
import { UpdateProvider } from './update-provider/update-provider.usecase';

@ApiTags('providers')
@Controller('api/v1/providers')
export class ProvidersController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly directory: ProviderDirectory,
    private readonly createProvider: CreateProvider,
    private readonly updateProvider: UpdateProvider,
  ) {}

  @RequirePermission('providers:write')
  @Post()
  create(@Body() request: CreateProviderDto): Promise<Provider> {
    return this.createProvider.execute(request);
  }

  @RequirePermission('providers:read')
  @Get()
  list(): Promise<Provider[]> {
    return this.transactions.run((manager) => manager.find(Provider, { order: { displayName: 'ASC', id: 'ASC' } }));
  }

  @RequirePermission('providers:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Provider> {
    return this.transactions.run((manager) => this.directory.get(manager, id));
  }

  @RequirePermission('providers:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateProviderDto): Promise<Provider> {
    return this.updateProvider.execute(id, changes);
  }
}
