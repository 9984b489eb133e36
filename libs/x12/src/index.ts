export * from './core/delimiters';
export * from './core/envelope';
export * from './core/segment';
export * from './core/read-x12';
export * from './core/write-errors';
export * from './core/write-segments';
export * from './core/write-interchange';
export * from './core/x12-values';
