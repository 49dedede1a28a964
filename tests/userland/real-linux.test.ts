// Our initramfs as the root file system of a real Linux kernel under QEMU: init runs as process
// 1 on the serial console, the shell takes typed commands, ^C reaches only the foreground job,
// and leaving the shell powers the machine off. The same session runs on our kernel
// (on-kernel.test.ts).

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { oracleAvailable } from '../support/oracle.ts';
import { LINUX_KERNEL, SerialSession, linuxAvailable } from './support/linux-vm.ts';
import { standardSession } from './support/shell-session.ts';
import { buildUserTree, type UserTree } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make', 'qemu-system-x86_64') && linuxAvailable();

describe.skipIf(!ok)('userland on a real Linux kernel (QEMU)', () => {
  let tree: UserTree;
  let vm: SerialSession | undefined;

  beforeAll(() => {
    tree = buildUserTree();
  });

  afterEach(() => vm?.kill());

  it('boots to the prompt, runs commands, interrupts a job, powers off on exit', async () => {
    vm = SerialSession.boot(LINUX_KERNEL, path.join(tree.root, 'usr/initramfs.cpio'));
    await standardSession(vm, 90_000);
    expect(await vm.exit()).toBe(0); // ACPI power-off: QEMU exits normally
  });
});
