import { ServiceRecipe } from '@praxis/platform';
import { ClearinghouseConfig, clearinghouseConfigSchema } from './clearinghouse.config';
import { CLEARINGHOUSE_SERVICE, ClearinghouseModule } from './clearinghouse.module';
import { SUBMISSIONS_PATH } from './submissions/submissions.controller';

export const recipe: ServiceRecipe<ClearinghouseConfig> = {
  serviceName: CLEARINGHOUSE_SERVICE,
  configSchema: clearinghouseConfigSchema,
  module: (config) => ClearinghouseModule.register(config),
  bodies: () => ({ kind: 'json', limitBytes: 4 * 1024 * 1024, x12Paths: [SUBMISSIONS_PATH] }),
};
