// One strict CSP for both shells and the renderer's <meta> tag (Electron security checklist #7).
// No inline scripts, no eval, no remote origins; React sets styles through the CSSOM, which CSP allows.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
