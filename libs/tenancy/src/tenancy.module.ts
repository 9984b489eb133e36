import { Global, Module } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { requestIdOf } from './request-id';
import { TenantContext } from './tenant-context';

@Global()
@Module({
  imports: [
    ClsModule.forRoot({ global: true, middleware: { mount: true, generateId: true, idGenerator: requestIdOf } }),
  ],
  providers: [TenantContext],
  exports: [TenantContext],
})
export class TenancyModule {}
