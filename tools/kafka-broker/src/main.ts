import { pino } from 'pino';
import { type BrokerLogLevel, InvalidBrokerOptionError, type KafkaBrokerOptions } from './config';
import { startKafkaBroker } from './server/start-broker';

const LOG_LEVELS: readonly BrokerLogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];
const USAGE =
  'usage: main [--port 9092] [--host 127.0.0.1] [--data-dir DIR] [--log-level info] [--partitions 3] [--message-max-bytes 1048588] ' +
  '[--group-min-session-timeout-ms 6000] [--group-max-session-timeout-ms 1800000]';

/** Accepts both `--flag value` and `--flag=value`. */
function parseArguments(argv: readonly string[]): KafkaBrokerOptions {
  const options: KafkaBrokerOptions = { port: 9092, logLevel: 'info' };
  for (let index = 0; index < argv.length; index++) {
    const [flag, inlineValue] = argv[index].split(/=(.*)/s, 2);
    const value = inlineValue ?? argv[++index];
    if (value === undefined) throw new InvalidBrokerOptionError(`missing value for ${flag}`);
    applyFlag(options, flag, value);
  }
  return options;
}

function applyFlag(options: KafkaBrokerOptions, flag: string, value: string): void {
  switch (flag) {
    case '--port':
      options.port = Number(value);
      return;
    case '--host':
      options.host = value;
      return;
    case '--data-dir':
      options.dataDir = value;
      return;
    case '--partitions':
      options.defaultPartitions = Number(value);
      return;
    case '--message-max-bytes':
      options.messageMaxBytes = Number(value);
      return;
    case '--group-min-session-timeout-ms':
      options.groupMinSessionTimeoutMs = Number(value);
      return;
    case '--group-max-session-timeout-ms':
      options.groupMaxSessionTimeoutMs = Number(value);
      return;
    case '--log-level':
      if (!LOG_LEVELS.includes(value as BrokerLogLevel))
        throw new InvalidBrokerOptionError(`unknown log level ${value}`);
      options.logLevel = value as BrokerLogLevel;
      return;
    default:
      throw new InvalidBrokerOptionError(`unknown option ${flag}`);
  }
}

async function main(): Promise<void> {
  const logger = pino({ base: { component: 'kafka-broker-cli' } });
  let options: KafkaBrokerOptions;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error: unknown) {
    logger.error({ err: error }, USAGE);
    process.exitCode = 2;
    return;
  }
  const broker = await startKafkaBroker(options);
  logger.info({ brokers: broker.brokers, dataDir: options.dataDir ?? null }, 'ready');
  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    broker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  pino().error({ err: error }, 'kafka broker failed to start');
  process.exit(1);
});
