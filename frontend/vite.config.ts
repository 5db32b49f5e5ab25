import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

declare const process: { env: Record<string, string | undefined> };

// In development the API runs beside Vite; in production the API serves the built files itself.
const api = process.env.NETTVERK_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': api, '/openapi': api } },
  build: { outDir: 'dist', sourcemap: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/testing/setup.ts'],
    css: false,
    // Tests that type whole forms with user-event take seconds on a busy 2-core machine: a limit, not a speed target.
    testTimeout: 20_000,
  },
});
