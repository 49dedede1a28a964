// The same kernel and programs on QEMU and on the app's own PC (`syscall-lab run`): the serial
// transcripts must be identical, byte for byte, from the banner to the power-off, except the
// memory sizes, which come from each loader's multiboot mem_upper (QEMU keeps the top 128 KiB).

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { runQemu } from '../support/qemu.ts';
import {
  sharedBootFiles,
  repoRoot,
  type KernelBuild,
  type Scratch,
} from '../support/kernel-build.ts';

const run = promisify(execFile);
const ok = oracleAvailable('qemu-system-i386', 'gcc', 'make', 'cpio');
const session = '/bin/errno kernel -- /bin/forkstress 100 -- /bin/signals -- /bin/segv -- /bin/fpu';

/// The transcript without the loader-dependent memory figures.
const normalize = (text: string) => text.replace(/^Memory: \d+k/gm, 'Memory: Nk');

describe.skipIf(!ok)('the kernel on QEMU and on the Syscall Lab PC', () => {
  let tmp: Scratch;
  let build: KernelBuild;
  let initrd: string;

  beforeAll(async () => {
    ({ tmp, build, initrd } = await sharedBootFiles('kernel-emulator', ['runner', 'errno', 'forkstress', 'signals', 'segv', 'fpu']));
  });
  afterAll(() => tmp?.dispose());

  it('prints the same transcript on both machines', async () => {
    const append = `console=ttyS0 rdinit=/bin/runner ${session}`;
    const qemu = await runQemu({ kernel: build.vmlinux, initrd, append, timeoutMs: 30_000 });
    const cli = join(repoRoot, 'bin/syscall-lab.mjs');
    const args = ['run', '--kernel', build.vmlinux, '--initrd', initrd, '--append', append];
    const ours = await run('node', [cli, ...args, '--mem', '32', '--timeout', '100'], {
      maxBuffer: 16 << 20,
      encoding: 'latin1',
    }).catch((e: { stdout?: string; code?: number }) => ({ stdout: e.stdout ?? '', code: e.code }));
    expect(qemu.text).toContain('runner: done');
    expect(normalize(ours.stdout)).toBe(normalize(qemu.text));
  }, 180_000);
});
