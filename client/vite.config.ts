import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Vendor chunks by page: the home page loads react + i18n only; SurveyJS and
 * Chart.js are fetched when the survey or results page is opened, and each
 * stays cached across deploys that do not upgrade it.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie)[\\/]/, priority: 4 },
  // SurveyJS's translations stay out: each loads only when its language is shown.
  { name: 'surveyjs', test: /node_modules[\\/]survey-(core|react-ui)[\\/](?!fesm[\\/]i18n[\\/])/, priority: 3 },
  { name: 'charts', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/, priority: 3 },
  {
    name: 'i18n',
    test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
    priority: 2,
  },
];

/**
 * survey-react-ui registers SurveyJS's two icon sets (~27 kB gzipped of SVG
 * strings) for dropdowns, file uploads, matrices and its older themes. Our
 * surveys draw no SurveyJS icon (the scale has its own renderer; errors are
 * worded), so the registration is left out and the icons with it, making the
 * survey page lighter. Fails the build if a SurveyJS upgrade changes the code.
 */
function withoutSurveyIcons(): Plugin {
  const registration =
    /addIconsToThemeSet\("v1", icons\$1\);\s*addIconsToThemeSet\("v2", icons\);\s*SvgRegistry\.registerIcons\(icons\);/;
  return {
    name: 'laatupeili:without-surveyjs-icons',
    transform(code, id) {
      if (!/survey-react-ui[\\/]fesm[\\/]survey-react-ui\.mjs$/.test(id)) return null;
      if (!registration.test(code))
        throw new Error(`${id}: SurveyJS icon registration not found (see withoutSurveyIcons)`);
      return { code: code.replace(registration, ''), map: null };
    },
  };
}

export default defineConfig({
  root: clientRoot,
  plugins: [react(), withoutSurveyIcons()],
  // `@shared/…` (the shared surface in server/src) resolves through tsconfig.json's `paths`.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: the server names a page's chunks in the HTML of its route (server/src/http/spa.ts).
    manifest: true,
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
