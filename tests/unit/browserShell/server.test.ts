import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, type RunningBrowserShell } from '../../../electron/browserShell/startBrowserShell.js';
import { createMemoryLogger } from '../../../electron/logging/logger.js';
import { channelNames } from '../../../shared/contract/channels.js';
import { makeTempDir } from '../../support/tempDir.js';

// Raw HTTP so the test controls the Host and Origin headers that fetch() would fill in itself.
function rawRequest(url: string, options: { method: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser shell HTTP surface', () => {
  const dir = makeTempDir('kiosk-http');
  let shell: RunningBrowserShell;
  beforeAll(async () => {
    const started = await startBrowserShell({ dataDir: dir.path, port: 0, logger: createMemoryLogger() });
    if (!started.ok) throw new Error(started.error);
    shell = started.value;
  });
  afterAll(async () => {
    await shell.close();
    dir.remove();
  });

  const invoke = (channel: string, body: string) =>
    rawRequest(`${shell.url}__kiosk/invoke/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a good call with the typed envelope', async () => {
    const response = await invoke('status.get', '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { online: null, queueDepth: 0, needsAttention: 0, syncAlert: null, storageAlert: null } });
  });

  it.each(channelNames)('answers malformed JSON on %s with a typed invalid_input error', async (channel) => {
    const response = await invoke(channel, '{"not json');
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalid_input' } });
  });

  it('refuses an oversized body with a typed error, not a crash', async () => {
    const response = await invoke('visit.start', JSON.stringify({ language: 'x'.repeat(300 * 1024) }));
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ messageKey: 'errors.field.tooLong' }] } });
    expect(JSON.parse((await invoke('status.get', '{}')).body)).toMatchObject({ ok: true });
  });

  // Issue #17: every bad request gets a typed answer, and only a JSON body reaches a channel.
  it.each(['%', '%E0%A4%A', 'jobs.search%'])('answers a channel name that does not decode (%s) with a typed error, not HTTP 500', async (name) => {
    const response = await invoke(name, '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  const searchBody = JSON.stringify({ text: '保洁', districtCode: null, workType: null, suitableFor: null, homeBased: null, payFloorMonthlyYuan: null, sort: 'newest', page: 0, pageSize: 5 });

  it('serves a valid search sent as JSON, with or without a charset', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON']) {
      const response = await rawRequest(`${shell.url}__kiosk/invoke/jobs.search`, { method: 'POST', headers: { 'content-type': type }, body: searchBody });
      expect({ type, answer: JSON.parse(response.body) }).toMatchObject({ type, answer: { ok: true } });
    }
  });

  it.each([
    ['text/plain', searchBody],
    ['application/x-www-form-urlencoded', searchBody],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${searchBody}\r\n--x--`],
    ['', searchBody],
  ])('refuses a body sent as "%s" with a typed error', async (type, body) => {
    const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
    const response = await rawRequest(`${shell.url}__kiosk/invoke/jobs.search`, { method: 'POST', headers, body });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ messageKey: 'errors.field.invalid' }] } });
  });

  it('does not raise a staff alert from a text/plain staff.call (a cross-site form could send one)', async () => {
    const calls = (): unknown => shell.host.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'staff.called'`).pluck().get();
    const before = calls();
    const response = await rawRequest(`${shell.url}__kiosk/invoke/staff.call`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls()).toBe(before);
  });

  it('refuses a body that is not valid UTF-8 instead of replacing the bad bytes', async () => {
    const body = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xe4, 0xbf]), Buffer.from('"}')]);
    const response = await rawRequest(`${shell.url}__kiosk/invoke/jobs.search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ messageKey: 'errors.field.invalid' }] } });
  });

  it('refuses requests from another origin or for another host name', async () => {
    const fromElsewhere = await rawRequest(`${shell.url}__kiosk/invoke/status.get`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(fromElsewhere.status).toBe(403);
    const rebound = await rawRequest(`${shell.url}__kiosk/invoke/status.get`, {
      method: 'POST',
      headers: { host: 'evil.example:80' },
      body: '{}',
    });
    expect(rebound.status).toBe(403);
  });

  it('serves the renderer with the CSP and the bridge script injected before the app', async () => {
    const page = await rawRequest(shell.url, { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const bridgeAt = page.body.indexOf('/__kiosk/bridge.js');
    const appAt = page.body.indexOf('type="module"');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(appAt);
    const bridge = await rawRequest(`${shell.url}__kiosk/bridge.js`, { method: 'GET' });
    expect(bridge.status).toBe(200);
    expect(bridge.headers['content-type']).toContain('javascript');
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['..%2f..%2fpackage.json', '%2e%2e/%2e%2e/package.json', '..%5c..%5cpackage.json', '%E0%A4%A']) {
      const response = await rawRequest(`${shell.url}${path}`, { method: 'GET' });
      expect(response.status).toBe(404);
    }
  });
});
