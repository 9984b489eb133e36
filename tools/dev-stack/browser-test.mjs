import { launch } from './bootstrap.mjs';

await launch('browser-test');
