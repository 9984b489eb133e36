import { Global, Module } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { requestIdOf } from './request-id';
import { TenantContext } from './tenant-context';
import { TenantTransactions } from './tenant-transactions';

@Global()
@Module({
  imports: [ClsModule.forRoot({ global: true, middleware: { mount: true, generateId: true, idGenerator: requestIdOf } })],
  providers: [TenantContext, TenantTransactions],
  exports: [TenantContext, TenantTransactions],
})
export class TenancyModule {}
