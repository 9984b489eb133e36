import { launch } from './bootstrap.mjs';

await launch('test');
