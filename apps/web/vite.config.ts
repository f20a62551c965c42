import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// In development the dashboard is served by Vite and the API runs on its own port; in production the API
// serves apps/web/dist from the same origin, so the client always calls the relative URL `/graphql`.
const apiUrl = process.env.PREPCOM_API_URL ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: apiUrl, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
