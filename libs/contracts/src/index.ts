export * from './topics';
export * from './envelope/event-contract';
export * from './envelope/envelope';
export * from './envelope/event-registry';
export * from './identity/tenant-created.event';
export * from './identity/staff.events';
