// `npm start` where Electron's binary is missing (an offline lab machine, CI): bin/start.mjs says
// so in one line, starts the browser mode and prints its local URL, and that server answers, both
// its page and its API. ELECTRON_OVERRIDE_DIST_PATH (read by the electron package) points at an
// empty folder, so the binary is missing here even on a machine where it is installed. The
// server is stopped by its pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const NOTICE =
  "Electron's binary is not installed here; starting Syscall Lab in browser mode instead.";

describe('npm start without the Electron binary', () => {
  let scratch: string;
  let child: ChildProcess;
  let lines: string[] = [];
  let url: URL;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'syscall-lab-start-'));
    await mkdir(join(scratch, 'no-electron'));
    // --no-build: never rebuild the repo's out/renderer under the e2e tests that serve it.
    child = spawn(
      process.execPath,
      [
        'bin/start.mjs',
        '--port',
        '0',
        '--data-dir',
        join(scratch, 'data'),
        '--no-build',
        '--no-open',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'no-electron') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        lines = out.split('\n');
        const m = /running in browser mode: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
        if (m) resolve(new URL(m[1]));
      });
      child.once('exit', (code) =>
        reject(new Error(`start.mjs exited (${code}) before its URL:\n${out}\n${stderr}`)),
      );
    });
  }, 60_000);

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    }
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('says so in one line, then prints the local URL', () => {
    expect(lines[0]).toBe(NOTICE);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.hash).toMatch(/^#token=[\w-]{16,}$/);
  });

  it('serves the page with the security headers', async () => {
    const res = await fetch(new URL('/', url));
    // 200 once the renderer is built (npm start builds it; this test does not).
    expect([200, 404]).toContain(res.status);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers the API over its WebSocket, with the token', async () => {
    const token = url.hash.slice('#token='.length);
    const ws = new WebSocket(`ws://${url.host}/api?token=${token}`, { origin: url.origin });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const reply = new Promise<unknown>((resolve) =>
      ws.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
    ws.send(JSON.stringify({ id: 1, method: 'app.info' }));
    expect(await reply).toMatchObject({ id: 1, reply: { ok: true, result: { host: 'browser' } } });
    ws.close();
  });

  it('stops on SIGTERM to its pid', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    process.kill(child.pid!, 'SIGTERM');
    expect(await exited).toBe(0);
  });
});
