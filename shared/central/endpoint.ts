import { err, ok, type Result } from '../result.js';

export type EndpointError = 'invalid_url' | 'https_required';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The central API's base URL as staff entered it. HTTPS is required, because submissions carry
 * personal data (个人信息保护法 Art. 51, GB/T 35273 6.3); plain HTTP is allowed only to loopback,
 * where the reference server runs in tests and pilots.
 */
export function parseCentralBaseUrl(text: string): Result<URL, EndpointError> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err('invalid_url');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return err('invalid_url');
  if (url.protocol === 'https:') return ok(url);
  if (url.protocol === 'http:') return LOOPBACK_HOSTS.has(url.hostname) ? ok(url) : err('https_required');
  return err('invalid_url');
}
