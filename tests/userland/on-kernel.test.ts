// Our userland on the teaching kernel (kernel/): the tree built by GNU make (gcc) and by the
// in-app pipeline (`syscall-lab build`: tcc.wasm, our linker, our Kbuild runner), each booted
// under qemu-system-i386 and put through the same session as real Linux (real-linux.test.ts),
// plus the kernel-only part (kernel-session.ts). on-emulator.test.ts runs it on our emulator.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { kernelSession } from './support/kernel-session.ts';
import type { SerialSession } from './support/linux-vm.ts';
import { standardSession } from './support/shell-session.ts';
import { tccWasmAvailable } from './support/tcc-sysroot.ts';
import {
  bootOnQemu,
  copyTree,
  kernelCommitted,
  treePrograms,
  withSessionPrograms,
  type TreeProgram,
} from './support/teaching-kernel.ts';
import { REPO, must } from './support/tree.ts';

const ok =
  oracleAvailable('gcc', 'make', 'cpio', 'qemu-system-i386') &&
  kernelCommitted() &&
  (await tccWasmAvailable());

describe.skipIf(!ok)('userland on the teaching kernel (QEMU)', () => {
  const builds: Record<string, { vmlinux: string; initrd: string }> = {};
  let vm: SerialSession | undefined;
  let programs: TreeProgram[] = [];

  beforeAll(async () => {
    const gnu = copyTree();
    must('make', ['-s', '-j2', 'CC=gcc'], gnu);
    programs = treePrograms(gnu);
    builds['make CC=gcc'] = {
      vmlinux: `${gnu}/vmlinux`,
      initrd: withSessionPrograms(`${gnu}/usr/initramfs.cpio`, gnu),
    };
    const app = copyTree();
    const out = path.join(path.dirname(app), 'out');
    execFileSync('node', [
      path.join(REPO, 'bin/syscall-lab.mjs'),
      'build',
      '--tree',
      app,
      '--out',
      out,
    ]);
    builds['syscall-lab build'] = {
      vmlinux: `${out}/vmlinux`,
      initrd: withSessionPrograms(`${out}/usr/initramfs.cpio`, app),
    };
  });

  afterEach(() => vm?.kill());

  for (const name of ['make CC=gcc', 'syscall-lab build']) {
    it(`${name}: boots to the prompt, runs the session, powers off`, async () => {
      vm = bootOnQemu(builds[name].vmlinux, builds[name].initrd);
      await standardSession(vm, 60_000, kernelSession(programs));
      // Power-off writes 0 to the isa-debug-exit port: QEMU's status is (0 << 1) | 1.
      expect(await vm.exit()).toBe(1);
    });
  }
});
