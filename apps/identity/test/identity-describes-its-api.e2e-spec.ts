import { describeServiceApi } from '@praxis/testing';
import { IDENTITY_SERVICE, IdentityModule } from '../src/identity.module';
import { identityTestConfig } from './identity-test-config';

describeServiceApi({
  module: IdentityModule.register(identityTestConfig()),
  setup: { serviceName: IDENTITY_SERVICE },
  fewestRoutes: 10,
});
