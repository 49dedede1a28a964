import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAppRequest } from '../../../electron/main/app-protocol.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  await writeFile(join(dir, 'renderer', 'assets', 'a.js'), 'export {}');
  await writeFile(join(dir, 'secret.txt'), 'secret');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves the renderer with the CSP header', async () => {
    const res = await handleAppRequest(join(dir, 'renderer'), 'app://lab/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(
      (await handleAppRequest(join(dir, 'renderer'), 'app://lab/assets/a.js')).headers.get(
        'content-type',
      ),
    ).toContain('javascript');
  });

  it('refuses other hosts and paths outside the renderer', async () => {
    expect((await handleAppRequest(join(dir, 'renderer'), 'app://other/index.html')).status).toBe(
      403,
    );
    expect(
      (await handleAppRequest(join(dir, 'renderer'), 'app://lab/%2e%2e/secret.txt')).status,
    ).toBe(404);
    expect((await handleAppRequest(join(dir, 'renderer'), 'app://lab/nope.js')).status).toBe(404);
  });
});
