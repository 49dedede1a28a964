import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LabHost } from '../../../electron/host/lab-host.ts';
import { startLabHost } from '../../../electron/host/lab-host.ts';
import type { Scratch } from '../support/fixture.ts';
import { makeScratch, waitFor } from '../support/fixture.ts';

let scratch: Scratch;
let host: LabHost;

beforeAll(async () => {
  scratch = await makeScratch();
  const rendererDir = join(scratch.root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startLabHost({
    port: 0,
    dataDir: scratch.data,
    shippedRoot: scratch.shipped,
    rendererDir,
    engines: {},
    version: 'test',
    watch: { debounceMs: 30, pollMs: 200 },
  });
});
afterAll(async () => {
  await host.close();
  await scratch.cleanup();
});

function get(
  path: string,
  hostHeader = `127.0.0.1:${host.port}`,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, headers: { host: hostHeader } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/// Opens the API socket; resolves with the socket, or rejects with the HTTP status of a refusal.
function connect(token: string, origin = host.origin): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?token=${encodeURIComponent(token)}`, {
      origin,
    });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function roundTrip(ws: WebSocket, text: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(String(data)) as Record<string, unknown>;
      if ('event' in frame) return;
      ws.off('message', onMessage);
      resolve(frame);
    };
    ws.on('message', onMessage);
    ws.send(text);
  });
}

describe('browser host: HTTP', () => {
  it('listens on loopback only and serves the page with the CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain(`ws://127.0.0.1:${host.port}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await get('/assets/app.js')).headers['content-type']).toContain('text/javascript');
  });

  it('refuses other Host names (DNS rebinding) and paths outside the build', async () => {
    expect((await get('/', 'evil.example:80')).status).toBe(421);
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
  });
});

describe('browser host: API socket', () => {
  it('refuses a wrong or missing token and a foreign Origin', async () => {
    await expect(connect('wrong')).rejects.toThrow('HTTP 403');
    await expect(connect('')).rejects.toThrow('HTTP 403');
    await expect(connect(host.token, 'http://evil.example')).rejects.toThrow('HTTP 403');
  });

  it('answers calls and rejects malformed messages without dropping the connection', async () => {
    const ws = await connect(host.token);
    const listed = await roundTrip(ws, JSON.stringify({ id: 1, method: 'workspace.list' }));
    expect(listed).toMatchObject({ id: 1, reply: { ok: true } });
    expect(await roundTrip(ws, '{not json')).toEqual({
      id: null,
      reply: {
        ok: false,
        error: { code: 'bad-request', message: 'message is not valid JSON', location: 'frame' },
      },
    });
    expect(
      await roundTrip(
        ws,
        JSON.stringify({ id: 2, method: 'workspace.read', params: { path: '../../etc/passwd' } }),
      ),
    ).toMatchObject({
      id: 2,
      reply: { ok: false, error: { code: 'bad-request', location: 'workspace.read: params.path' } },
    });
    expect(
      await roundTrip(ws, JSON.stringify({ id: 3, method: 'fs.readFile', params: {} })),
    ).toMatchObject({
      id: 3,
      reply: { ok: false, error: { code: 'bad-request', message: 'unknown method "fs.readFile"' } },
    });
    expect(await roundTrip(ws, JSON.stringify({ id: 4, method: 'app.info' }))).toMatchObject({
      id: 4,
      reply: { ok: true },
    });
    ws.close();
  });

  it('pushes external file changes to connected pages', async () => {
    const ws = await connect(host.token);
    const events: Record<string, unknown>[] = [];
    ws.on('message', (d) => events.push(JSON.parse(String(d)) as Record<string, unknown>));
    await writeFile(join(host.backend.workspace.dirs.workspace, 'Makefile'), 'changed outside\n');
    await waitFor(() => events.some((e) => e.event === 'workspace:changed'));
    expect(events.find((e) => e.event === 'workspace:changed')).toEqual({
      event: 'workspace:changed',
      payload: { paths: ['Makefile'] },
    });
    ws.close();
  });
});
