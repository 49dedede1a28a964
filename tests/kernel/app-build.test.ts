// The same tree built by the app's own pipeline (`syscall-lab build`: tcc.wasm, our linker, the
// Kbuild runner reading the tree's Makefiles) boots on QEMU: our test programs run on it, and
// the tree's own userland gives a shell. The test programs come in a second newc archive
// appended to the pipeline's usr/initramfs.cpio, as Linux accepts.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tccCacheDir } from '../../build/tcc/node-loader.ts';
import { oracleAvailable } from '../support/oracle.ts';
import { runQemu } from '../support/qemu.ts';
import {
  copyKernelTree,
  repoRoot,
  scratch,
  testInitramfs,
  type KernelBuild,
  type Scratch,
} from '../support/kernel-build.ts';

const run = promisify(execFile);
const haveTcc = existsSync(join(tccCacheDir(), 'tcc.wasm'));
const ok = oracleAvailable('qemu-system-i386', 'gcc', 'cpio') && haveTcc;
if (!haveTcc && process.env.CI === 'true') throw new Error('tcc.wasm missing in CI: npm install');

describe.skipIf(!ok)('the kernel built by syscall-lab build', () => {
  let tmp: Scratch;
  let out: string;
  let initrd: string;

  beforeAll(async () => {
    tmp = scratch('kernel-app-build');
    const tree = copyKernelTree(join(tmp.dir, 'tree'));
    out = join(tmp.dir, 'out');
    const cli = join(repoRoot, 'bin/syscall-lab.mjs');
    await run('node', [cli, 'build', '--tree', tree, '--out', out], { maxBuffer: 32 << 20 });
    const build: KernelBuild = {
      dir: tree,
      ok: true,
      log: '',
      vmlinux: join(out, 'vmlinux'),
      systemMap: join(out, 'System.map'),
    };
    const extra = testInitramfs(build, ['runner', 'errno', 'hello'], tmp.dir);
    initrd = join(tmp.dir, 'combined.cpio');
    writeFileSync(
      initrd,
      Buffer.concat([readFileSync(join(out, 'usr/initramfs.cpio')), readFileSync(extra)]),
    );
  }, 240_000);
  afterAll(() => tmp?.dispose());

  it('runs the errno checks and reaches the right exit code', async () => {
    const r = await runQemu({
      kernel: join(out, 'vmlinux'),
      initrd,
      append: 'console=ttyS0 rdinit=/bin/runner /bin/errno kernel -- /bin/hello',
      timeoutMs: 20_000,
    });
    expect(r.text).toMatch(/initramfs: unpacked \d+ entries/);
    // How many checks errno makes is syscalls.test.ts's business; here: all of them pass.
    expect(r.text).toMatch(/errno: \d+ checks, 0 failures/);
    expect(r.text).toContain('hello from user space');
    expect(r.exitCode).toBe(0);
  });

  it('boots the tree userland to a shell that lists processes and powers off', async () => {
    const r = await runQemu({
      kernel: join(out, 'vmlinux'),
      initrd,
      append: 'console=ttyS0',
      input: [
        { waitFor: '# ', send: 'echo hi from the shell\r' },
        { waitFor: 'hi from the shell', send: 'ps\r' },
        { waitFor: 'PID', send: 'cat /proc/1/stat\r' },
        { waitFor: '(init)', send: 'poweroff\r' },
      ],
      timeoutMs: 20_000,
    });
    expect(r.text).toContain('hi from the shell');
    expect(r.text).toMatch(/^\s+1\s+0\s+S\s+init/m);
    expect(r.text).toMatch(/^1 \(init\) S 0 1 1 /m);
    expect(r.text).toContain('Power down.');
    expect(r.exitCode).toBe(0);
  });
});
