import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web is static files served by the gateway at http://127.0.0.1:3000/ (npm start builds
// them). `npm run web:dev` serves them with hot reload and sends /api to the running gateway.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/api': process.env['ARTBRIDGE_GATEWAY_URL'] ?? 'http://127.0.0.1:3000' },
  },
});
