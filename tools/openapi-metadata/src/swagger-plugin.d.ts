// The package exports its plugin as `@nestjs/swagger/plugin`; the workspace's `node` module resolution finds only the files.
declare module '@nestjs/swagger/plugin' {
  export * from '@nestjs/swagger/dist/plugin';
}
