import { launch } from './bootstrap.mjs';

await launch('generate-console-api');
