// The teaching kernel boots on QEMU: GNU make + GCC build, multiboot, console on ttyS0, the first
// program from the initramfs (rdinit=, init=, the defaults), power-off through port 0xF4.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { runQemu } from '../support/qemu.ts';
import {
  sharedBootFiles,
  type KernelBuild,
  type Scratch,
} from '../support/kernel-build.ts';

const ok = oracleAvailable('qemu-system-i386', 'gcc', 'make', 'cpio');

describe.skipIf(!ok)('kernel boot on QEMU', () => {
  let tmp: Scratch;
  let build: KernelBuild;
  let initrd: string;

  beforeAll(async () => {
    ({ tmp, build, initrd } = await sharedBootFiles('kernel-boot', ['hello', 'runner']));
  });
  afterAll(() => tmp?.dispose());

  const boot = (append: string) =>
    runQemu({ kernel: build.vmlinux, initrd, append: `console=ttyS0 ${append}`, timeoutMs: 15_000 });

  it('prints the banner and runs rdinit= as pid 1, which powers off', async () => {
    const r = await boot('rdinit=/bin/hello off');
    expect(r.text).toContain('Linux version 2.6.33-lab');
    expect(r.text).toContain('Kernel command line: console=ttyS0 rdinit=/bin/hello off');
    expect(r.text).toMatch(/serial8250: ttyS0 at I\/O 0x3f8 \(irq = 4\)/);
    expect(r.text).toContain('hello from user space, pid 1');
    expect(r.text).toContain('argv[0] = /bin/hello');
    expect(r.text).toContain('Power down.');
    expect(r.exitCode).toBe(0);
  });

  it('falls back from a missing rdinit to init=, then to the defaults', async () => {
    const r = await boot('rdinit=/nope init=/bin/hello off');
    expect(r.text).toContain('Failed to execute /nope');
    expect(r.text).toContain('hello from user space, pid 1');
    expect(r.exitCode).toBe(0);
  });

  it('panics (and stops the machine) when no init program exists', async () => {
    const r = await boot('rdinit=/nope init=/nope2');
    expect(r.text).toContain('Kernel panic - not syncing: No init found.');
    expect(r.exitCode).toBe(0x7f);
  });

  it('reads the System.map it was built with for symbol names', async () => {
    const r = await boot('rdinit=/bin/hello off');
    expect(r.text).toMatch(/kallsyms: \d+ symbols from \/boot\/System\.map/);
  });
});
