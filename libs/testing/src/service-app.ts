import { DynamicModule, INestApplication } from '@nestjs/common';
import { createHttpApp, HttpSetup } from '@praxis/platform';

export interface RunningService {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots a service exactly as main.ts does, on a free port. Start it once per test file. */
export const startService = async (module: DynamicModule, setup: HttpSetup): Promise<RunningService> => {
  const app = await createHttpApp(module, setup);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl().then((url) => url.replace('[::1]', '127.0.0.1')), close: () => app.close() };
};
