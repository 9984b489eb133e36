export * from './infrastructure';
export * from './service-app';
export * from './builders';
export * from './eventually';
export * from './built-services';
export * from './ports';
export * from './isolated-database';
export * from './route-access';
