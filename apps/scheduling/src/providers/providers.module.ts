import { Module } from '@nestjs/common';
import { StaffDirectoryModule } from '../staff-directory/staff-directory.module';
import { CreateProvider } from './create-provider/create-provider.usecase';
import { ProviderDirectory } from './provider-directory';
import { ProvidersController } from './providers.controller';
import { UpdateProvider } from './update-provider/update-provider.usecase';

/** Staff members who see patients, with the NPI and taxonomy claims are billed under. */
@Module({
  imports: [StaffDirectoryModule],
  controllers: [ProvidersController],
  providers: [ProviderDirectory, CreateProvider, UpdateProvider],
  exports: [ProviderDirectory],
})
export class ProvidersModule {}
