import 'reflect-metadata';
import { runService } from '@praxis/platform';
import { identityConfigSchema } from './identity.config';
import { IDENTITY_SERVICE, IdentityModule } from './identity.module';

void runService({ serviceName: IDENTITY_SERVICE, configSchema: identityConfigSchema, module: (config) => IdentityModule.register(config) });
