export type { KafkaBrokerOptions } from './config';
export type { RunningKafkaBroker } from './server/start-broker';
export { startKafkaBroker } from './server/start-broker';
