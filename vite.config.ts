/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { playwright } from '@vitest/browser-playwright';
import { cliScene, pdfToText, renderPdfPage } from './tests/helpers/browserCommands.ts';

/** The app asks nothing of any origin but its own; the built page says so. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'signpost-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Signpost',
        short_name: 'Signpost',
        description: 'Make picture-supported explanations',
        theme_color: '#1f5f8b',
        background_color: '#f6f4ef',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,ttf,webmanifest}'],
        globIgnores: ['readme/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // the page that installed the worker is served from its cache as soon as the cache is
        // full, not only after a reload: offline straight after a first visit, the editor's
        // lazy chunks, templates and symbols still load. (No skipWaiting: a new version waits
        // for the old one's tabs to close, so a running page never loses its lazy chunks.)
        clientsClaim: true,
      },
    }),
  ],
  build: {
    rolldownOptions: {
      // Everything the home screen imports statically goes in one chunk. Left alone, Rolldown
      // cuts it into a dozen chunks by which lazy chunks share each module, and every new lazy
      // import reshuffles them; the cuts cost ~3.5 KB gzipped of import lists and headers.
      output: {
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.browser.test.ts', 'tests/e2e/**'] },
      },
      {
        // the built app in its own Chromium, with its own service worker (`--project e2e` alone)
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.dom.test.tsx'],
          setupFiles: ['tests/helpers/setupDom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['tests/helpers/setupBrowser.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromium }),
            instances: [{ browser: 'chromium', viewport: { width: 1366, height: 768 } }],
            screenshotFailures: false,
            commands: { renderPdfPage, pdfToText, cliScene },
          },
        },
      },
    ],
  },
});
