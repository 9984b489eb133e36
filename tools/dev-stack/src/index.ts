export * from './service-catalog';
export * from './ephemeral-infrastructure';
