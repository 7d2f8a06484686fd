import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/shell/contentSecurityPolicy.js';

// Puts the one CSP into index.html as well, so it also holds where no response header is set.
// frame-ancestors only works as a header (both shells send it), so the <meta> copy leaves it out.
const metaPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function injectCsp(): Plugin {
  return {
    name: 'kiosk-csp',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`),
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative URLs: the same build is served from kiosk://app/ (Electron) and http://127.0.0.1 (browser shell).
  base: './',
  plugins: [injectCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Fonts are many small unicode-range subsets; inlining any would bloat the JS budget.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
