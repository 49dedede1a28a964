// `npm run dist` (bin/dist.mjs), dry run: the commands it would run. With an unpacked Electron it
// hands it to electron-builder as electronDist (offline); without one it says what is missing and
// leaves electron-builder to download. ELECTRON_OVERRIDE_DIST_PATH picks the folder, so the test
// does not depend on whether this machine has Electron's binary.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/// Runs bin/dist.mjs with `args`, Electron looked for in `electronDir`.
const dist = (electronDir: string, ...args: string[]) =>
  run(process.execPath, ['bin/dist.mjs', '--dry-run', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDir },
  });

describe('npm run dist', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'syscall-lab-dist-'));
    await mkdir(join(scratch, 'electron'));
    await writeFile(join(scratch, 'electron', 'electron'), '#!/bin/sh\n');
    await chmod(join(scratch, 'electron', 'electron'), 0o755);
    await mkdir(join(scratch, 'empty'));
  });

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('builds, then packs the dir target with the unpacked Electron it finds', async () => {
    const { stdout, stderr } = await dist(join(scratch, 'electron'));
    const [build, pack] = stdout.trim().split('\n');
    expect(build).toMatch(/electron-vite\S* build$/);
    expect(pack).toMatch(/electron-builder\S* --dir -c\.electronDist=\S+$/);
    expect(pack).toContain(`-c.electronDist=${join(scratch, 'electron')}`);
    expect(stderr).toBe('');
  });

  it('says which Electron is missing and that electron-builder will need the network', async () => {
    const { stdout, stderr } = await dist(join(scratch, 'empty'));
    expect(stdout).not.toContain('electronDist');
    expect(stderr).toContain(`no unpacked Electron at ${join(scratch, 'empty', 'electron')}`);
    expect(stderr).toContain('needs the network');
  });

  it('leaves an electronDist given on the command line alone', async () => {
    const { stdout } = await dist(join(scratch, 'electron'), '-c.electronDist=/opt/electron');
    expect(stdout.match(/electronDist/g)).toHaveLength(1);
    expect(stdout).toContain('-c.electronDist=/opt/electron');
  });
});
