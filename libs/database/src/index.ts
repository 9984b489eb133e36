export * from './database-provisioning';
export * from './migrations';
export * from './append-only.migration';
