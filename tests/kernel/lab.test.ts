// THE LAB: the lecture followed literally on a copy of the tree (tests/kernel/lab-steps.ts), built
// with GNU make + GCC and booted on QEMU; and each classic mistake with its real 2.6.33 symptom.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { runQemu } from '../support/qemu.ts';
import {
  copyKernelTree,
  kernelTree,
  makeKernel,
  scratch,
  testInitramfs,
  type KernelBuild,
  type Scratch,
} from '../support/kernel-build.ts';
import { applyLab, type LabStep } from './lab-steps.ts';

const ok = oracleAvailable('qemu-system-i386', 'gcc', 'make', 'cpio');

describe.skipIf(!ok)('the MyPrintK lab', () => {
  let tmp: Scratch;
  let variant = 0;
  const builds = new Map<string, Promise<KernelBuild>>();

  beforeAll(() => {
    tmp = scratch('kernel-lab');
  });
  afterAll(() => tmp?.dispose());

  /// A copy of the tree with the lab applied (minus `skip`), built with make; one per variant.
  const buildLab = (skip: readonly LabStep[] = [], tableLine?: string): Promise<KernelBuild> => {
    const key = `${skip.join(',')}|${tableLine ?? ''}`;
    let build = builds.get(key);
    if (!build) {
      const tree = copyKernelTree(join(tmp.dir, `tree-${variant++}`));
      applyLab(tree, skip, tableLine);
      build = makeKernel(tree);
      builds.set(key, build);
    }
    return build;
  };

  /// How many serial lines are exactly `line` (the driver echoes its argument once; the
  /// kernel's printk adds a second copy).
  const countLines = (text: string, line: string) =>
    text.split('\r\n').filter((l) => l === line).length;

  /// Boots `build` with runner as init, which runs the lecture's driver with `arg`.
  const runDriver = async (build: KernelBuild, arg: string, append = '') => {
    const dir = join(build.dir, '..', `${variant++}-initramfs`);
    mkdirSync(dir, { recursive: true });
    const initrd = testInitramfs(build, ['runner', 'mykernelprint', 'hello'], dir);
    return runQemu({
      kernel: build.vmlinux,
      initrd,
      append: `console=ttyS0 ${append} rdinit=/bin/runner /bin/mykernelprint ${arg} -- /bin/hello`,
      timeoutMs: 20_000,
    });
  };

  it('prints the driver lines and puts hello in the kernel log', async () => {
    const build = await buildLab();
    expect(build.ok, build.log).toBe(true);
    expect(build.log).toContain('MyPrintK/MyPrintK.o');
    const r = await runDriver(build, 'hello');
    expect(r.text).toMatch(/\/bin\/mykernelprint\r\nhello\r\nhello\r\nmykernelprint: MyPrintK returned 0/);
    expect(countLines(r.text, 'hello')).toBe(2);
    expect(r.text).toContain('runner: /bin/mykernelprint exited 0');
    expect(r.exitCode).toBe(0);
  });

  it('without core-y: GNU ld reports the undefined reference', async () => {
    const build = await buildLab(['core-y']);
    expect(build.ok).toBe(false);
    expect(build.log).toMatch(/undefined reference to `sys_MyPrintK'/);
  });

  it('without the table entry: the call returns -1 with errno ENOSYS', async () => {
    const build = await buildLab(['table']);
    expect(build.ok, build.log).toBe(true);
    const r = await runDriver(build, 'hello');
    expect(r.text).toContain('mykernelprint: MyPrintK returned -1, errno 38 (ENOSYS');
    expect(countLines(r.text, 'hello')).toBe(1);
  });

  it('without the NR_syscalls bump: the call works but tracing skips 338', async () => {
    const stale = await buildLab(['nr_syscalls']);
    expect(stale.ok, stale.log).toBe(true);
    const r = await runDriver(stale, 'hello', 'syscall_trace=all');
    expect(r.text).toContain('mykernelprint: MyPrintK returned 0');
    expect(r.text).toMatch(/mykernelprint-\d+ sys_write\(1, /);
    expect(r.text).not.toContain('sys_MyPrintK(');

    const asked = await runDriver(stale, 'hello', 'syscall_trace=338');
    expect(asked.text).toContain('syscall_trace: 338 is not below NR_syscalls (338)');

    const bumped = await buildLab();
    const t = await runDriver(bumped, 'hello', 'syscall_trace=all');
    expect(t.text).toMatch(/mykernelprint-\d+ sys_MyPrintK\([0-9a-f]+, /);
    expect(t.text).toMatch(/mykernelprint-\d+ sys_MyPrintK -> 0x0/);
  });

  it('with a bad pointer: an Oops that kills only the caller', async () => {
    const build = await buildLab();
    const r = await runDriver(build, '--bad');
    expect(r.text).toContain('BUG: unable to handle kernel paging request at deadbeef');
    expect(r.text).toMatch(/Oops: 0000 \[#1\]/);
    expect(r.text).toMatch(/EIP: 0060:\[<c0[0-9a-f]{6}>\]/);
    expect(r.text).toMatch(/Call Trace:[\s\S]*sys_MyPrintK\+0x[0-9a-f]+\/0x[0-9a-f]+/);
    expect(r.text).toContain('runner: /bin/mykernelprint killed by signal 9');
    expect(r.text).toContain('hello from user space');
    expect(r.text).toContain('runner: done');
    expect(r.exitCode).toBe(0);
  });

  it("with the slide's typo (sys MyPrintK): the assembler stops at the table line", async () => {
    const build = await buildLab([], '.long sys MyPrintK');
    expect(build.ok).toBe(false);
    // the new entry is the line after sys_recvmmsg, the table's last line
    const table = readFileSync(join(kernelTree, 'arch/x86/kernel/syscall_table_32.S'), 'utf8');
    const line = table.trimEnd().split('\n').length + 1;
    expect(build.log).toContain(`arch/x86/kernel/syscall_table_32.S:${line}: Error:`);
  });
});
