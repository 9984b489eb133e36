import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Built beside the gateway, which serves it at its root on the API's own origin. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/console',
    emptyOutDir: true,
    // One staff-only bundle, named by its hash and so cached for good after the first visit: splitting buys little.
    chunkSizeWarningLimit: 1024,
  },
});
