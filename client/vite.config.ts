import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Vendor chunks by page: the home page loads react + i18n only; SurveyJS and
 * Chart.js are fetched when the survey or results page is opened, and each
 * stays cached across deploys that do not upgrade it.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie)[\\/]/, priority: 4 },
  { name: 'surveyjs', test: /node_modules[\\/]survey-(core|react-ui)[\\/]/, priority: 3 },
  { name: 'charts', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/, priority: 3 },
  {
    name: 'i18n',
    test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
    priority: 2,
  },
];

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  // `@shared/…` (the shared surface in server/src) resolves through tsconfig.json's `paths`.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // SurveyJS alone is ~1.4 MB minified (~350 kB gzipped); it loads only with the survey page.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
    // The client imports the shared surface (@shared/…) from server/src.
    fs: { allow: [repoRoot] },
  },
  preview: { port: 4173, proxy: { '/api': 'http://localhost:3000' } },
});
