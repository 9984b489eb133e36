export * from './tokens';
export * from './access.decorators';
export * from './permissions';
export * from './access.guard';
export * from './permission-tables';
