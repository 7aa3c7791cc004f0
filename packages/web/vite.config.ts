/**
 * Vite for the review screens: `npm run build -w @kokuho/web` (or buildWeb() of @kokuho/api) writes
 * dist/, which the API server serves on '/'. `npm run dev -w @kokuho/web` serves the sources with
 * hot reload and passes /api to a running `kokuho serve` (KOKUHO_API, default http://127.0.0.1:8080).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': process.env.KOKUHO_API ?? 'http://127.0.0.1:8080' } },
});
