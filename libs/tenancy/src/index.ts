export * from './tenant-context';
export * from './tenant-transactions';
export * from './row-level-security';
export * from './tenancy.module';
export * from './request-id';
