import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const api = process.env.GRANTLINE_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    // packed into the ui jar, from where Spring Boot serves it as static content
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/auth': api,
      '/search': api,
      '/history/export': api,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
