// The packaged app's layout, as electron-builder.yml makes it: electron-vite builds the app into a
// scratch folder (never the repo's out/, which the e2e tests serve), and electron-builder packs
// the Linux dir target around a stub Electron (a folder holding an executable named `electron`
// is all the dir target needs from electronDist; nothing is downloaded). Then: the app archive,
// the worker scripts unpacked beside it (and loadable there: both workers are started from the
// packed files, tcc's with the packed tcc.wasm), the kernel tree, and tcc with its licence and
// source offer.
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_WORKERS, workerUrls } from '../../electron/services/engines/worker-urls.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = (pkg: string, file: string) => join(repoRoot, 'node_modules', pkg, file);

/// The file names an asar archive's header lists under `dir` (an asar starts with a Chromium
/// pickle: a 4-byte size, then the header's: 4-byte pickle size, 4-byte string length, JSON).
function asarListing(archive: Buffer): Map<string, { unpacked?: boolean }> {
  const length = archive.readUInt32LE(12);
  const header = JSON.parse(archive.toString('utf8', 16, 16 + length)) as AsarDir;
  const files = new Map<string, { unpacked?: boolean }>();
  const walk = (dir: AsarDir, prefix: string) => {
    for (const [name, entry] of Object.entries(dir.files)) {
      if ('files' in entry) walk(entry, `${prefix}${name}/`);
      else files.set(`${prefix}${name}`, entry);
    }
  };
  walk(header, '');
  return files;
}
interface AsarDir {
  files: Record<string, AsarDir | { unpacked?: boolean }>;
}

/// Starts `url` as a worker thread, posts `post` if given, and resolves with the first message
/// back; rejects on an error or an exit before one.
function firstMessage(
  url: URL,
  options: { workerData?: unknown; post?: unknown },
): Promise<{ worker: Worker; message: unknown }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: options.workerData });
    worker.once('message', (message) => resolve({ worker, message }));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited (${code}) before a message`)));
    if (options.post !== undefined) worker.postMessage(options.post);
  });
}

describe('the packaged app (electron-builder --dir, stub Electron)', () => {
  let scratch: string;
  let resources: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'syscall-lab-pack-'));
    const app = join(scratch, 'app');
    const electron = join(scratch, 'electron');
    await mkdir(electron, { recursive: true });
    await writeFile(join(electron, 'electron'), '#!/bin/sh\necho stub electron\n');
    await chmod(join(electron, 'electron'), 0o755);
    await run(
      process.execPath,
      [
        bin('electron-vite', 'bin/electron-vite.js'),
        'build',
        '--outDir',
        join(app, 'out'),
        '--logLevel',
        'warn',
      ],
      { cwd: repoRoot },
    );
    await cp(join(repoRoot, 'package.json'), join(app, 'package.json'));
    // The app folder is the scratch one; extraResources still come from the repo (kernel/, the
    // tcc build cache), as in `npm run dist`.
    await run(
      process.execPath,
      [
        bin('electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        `-c.directories.app=${app}`,
        `-c.directories.output=${join(scratch, 'dist')}`,
        `-c.electronDist=${electron}`,
      ],
      { cwd: repoRoot, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    resources = join(scratch, 'dist', 'linux-unpacked', 'resources');
  }, 120_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('packs the app in app.asar, and the executable under the product name', async () => {
    const files = asarListing(await readFile(join(resources, 'app.asar')));
    for (const f of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ])
      expect(files.has(f), f).toBe(true);
    expect([...files.keys()].filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(existsSync(join(scratch, 'dist', 'linux-unpacked', 'syscall-lab'))).toBe(true);
  });

  it('unpacks the worker scripts, with the chunks they import and the package type', async () => {
    const files = asarListing(await readFile(join(resources, 'app.asar')));
    const unpackedDir = join(resources, 'app.asar.unpacked');
    for (const name of Object.values(BUNDLED_WORKERS)) {
      expect(files.get(`out/main/${name}`)?.unpacked, name).toBe(true);
      const script = await readFile(join(unpackedDir, 'out/main', name), 'utf8');
      for (const [, chunk] of script.matchAll(/from "\.\/([^"]+)"/g))
        expect(existsSync(join(unpackedDir, 'out/main', chunk)), `${name} imports ${chunk}`).toBe(
          true,
        );
    }
    const pkg = JSON.parse(await readFile(join(unpackedDir, 'package.json'), 'utf8'));
    expect(pkg.type).toBe('module');
    // The URLs the packaged main process computes from its own place inside app.asar.
    const urls = workerUrls(pathToFileURL(join(resources, 'app.asar/out/main/index.js')).href);
    expect(existsSync(fileURLToPath(urls.tcc!))).toBe(true);
    expect(existsSync(fileURLToPath(urls.machine!))).toBe(true);
  });

  it('starts both workers from the unpacked files (tcc with the packed tcc.wasm)', async () => {
    const urls = workerUrls(pathToFileURL(join(resources, 'app.asar/out/main/index.js')).href);
    // The machine's runner answers a command sent before any boot with its error message.
    const machine = await firstMessage(urls.machine!, { post: { type: 'pause' } });
    expect(machine.message).toMatchObject({ type: 'error' });
    await machine.worker.terminate();
    const module = await WebAssembly.compile(readFileSync(join(resources, 'tcc', 'tcc.wasm')));
    const tcc = await firstMessage(urls.tcc!, {
      workerData: {
        module,
        tccRoot: join(resources, 'tcc', 'tcc-root'),
        tree: join(resources, 'kernel'),
      },
    });
    expect(tcc.message).toEqual({ ready: true });
    await tcc.worker.terminate();
  }, 30_000);

  it('ships the pristine kernel tree and tcc with its licence and source offer', async () => {
    expect(existsSync(join(resources, 'kernel', 'Makefile'))).toBe(true);
    expect(existsSync(join(resources, 'kernel', 'arch/x86/kernel/syscall_table_32.S'))).toBe(true);
    const kernel = await readdir(join(resources, 'kernel'), { recursive: true });
    expect(kernel.filter((f) => /\.o$|(^|\/)vmlinux$/.test(f))).toEqual([]);
    for (const f of [
      'tcc.wasm',
      'COPYING',
      'debian-copyright',
      'SOURCE-OFFER.md',
      'tcc-version.json',
    ])
      expect(existsSync(join(resources, 'tcc', f)), f).toBe(true);
    expect(existsSync(join(resources, 'tcc', 'tcc-root', 'include'))).toBe(true);
    expect(await readFile(join(resources, 'tcc', 'COPYING'), 'utf8')).toMatch(
      /LESSER GENERAL PUBLIC/i,
    );
    expect(await readFile(join(resources, 'tcc', 'SOURCE-OFFER.md'), 'utf8')).toMatch(/source/i);
  });
});
