import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server of `npm start` (apps/server) listens on 3000 and serves /api; in development Vite proxies to it.
const proxy = { '/api': 'http://127.0.0.1:3000' };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // `npm run bench -- web` reads which chunks the first page loads from it.
    manifest: true,
    // Ant Design on its own is ~560 kB minified (~185 kB gzipped); everything else stays well below.
    chunkSizeWarningLimit: 600,
    // Libraries change less often than our code: separate chunks stay cached across releases.
    rolldownOptions: {
      // Core's modules only declare schemas and pure rules: one whose exports the page does not use is left out, so
      // the first page does not carry every area's contracts (issue 19: at most 250 kB of JavaScript, gzip).
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            // entriesAware: the parts only lazy pages use (Table, Modal…) go to a chunk of their own, loaded with those pages.
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/,
              entriesAware: true,
            },
          ],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
