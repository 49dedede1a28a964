// The whole scripted shell session (shell-session.ts, then the kernel-only part in
// kernel-session.ts) on our own emulator, through the headless runner behind `syscall-lab run`,
// and on qemu-system-i386, with the same vmlinux and initramfs (the tree built by make CC=gcc).
// Both must pass every check, and their serial transcripts must be the same.

import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { kernelSession } from './support/kernel-session.ts';
import type { SerialSession } from './support/linux-vm.ts';
import { standardSession } from './support/shell-session.ts';
import {
  bootOnEmulator,
  bootOnQemu,
  copyTree,
  kernelCommitted,
  treePrograms,
  withSessionPrograms,
  type TreeProgram,
} from './support/teaching-kernel.ts';
import { must } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make', 'cpio', 'qemu-system-i386') && kernelCommitted();

/// The transcript without what legitimately differs between two runs of the same session:
/// - the memory figures, from each loader's multiboot mem_upper (QEMU keeps the top 128 KiB);
/// - the repeated ^C of `sleep 30`: how many it takes, and whether one lands on `echo started`
///   first, depends on where the test's 500 ms ticks fall against the guest's clock;
/// - the ^C sent right after Enter's echo: if it comes while the line editor still has the
///   terminal in raw mode (ECHO off) the tty does not echo it as "^C", once `sleep` has the
///   terminal it does; $? is 130 either way;
/// - the ^C sent in the same burst as Enter: whether it flushes the unread line (then never
///   echoed, $? stays 1) or stops `sleep` (130) is a race by design, which the session accepts.
/// Everything else (boot log, dmesg, ps, pids, the segfault line's addresses) must match.
function normalize(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/^(<\d>)?Memory: \d+k/gm, '$1Memory: Nk')
    .replace(/(echo started; sleep 30; echo after \$\?\n)[^]*?(after 130\n)/, '$1<^C...>\n$2')
    .replace(/(# sleep 5\n)(\^C)?\n/, '$1<^C>\n')
    .replace(/(# false\n)[^]*?(echo status \$\?\nstatus )(?:1|130)\n/, '$1<^C race>\n$2N\n');
}

describe.skipIf(!ok)('the shell session on our emulator and on QEMU', () => {
  let tree: string | undefined;
  let vmlinux: string;
  let initrd: string;
  let programs: TreeProgram[];
  const vms: SerialSession[] = [];

  beforeAll(() => {
    tree = copyTree();
    must('make', ['-s', '-j2', 'CC=gcc'], tree);
    vmlinux = path.join(tree, 'vmlinux');
    initrd = withSessionPrograms(path.join(tree, 'usr/initramfs.cpio'), tree);
    programs = treePrograms(tree);
  });

  afterEach(() => vms.splice(0).forEach((vm) => vm.kill()));
  afterAll(() => tree && rmSync(path.dirname(tree), { recursive: true, force: true }));

  /// Runs the session on a freshly booted machine; returns its transcript and exit status.
  async function session(vm: SerialSession): Promise<{ text: string; status: number | null }> {
    vms.push(vm);
    await standardSession(vm, 60_000, kernelSession(programs));
    const status = await vm.exit(); // first: the last lines arrive as the machine powers off
    return { text: vm.output, status };
  }

  it('passes every check on both machines, with the same transcript', async () => {
    // One after the other: the session's waits are in wall-clock time, and two machines
    // sharing the CPU would make neither faster.
    const qemu = await session(bootOnQemu(vmlinux, initrd));
    const ours = await session(bootOnEmulator(vmlinux, initrd));
    expect(qemu.status).toBe(1); // isa-debug-exit: (0 << 1) | 1
    expect(ours.status).toBe(0); // syscall-lab run exits with the byte written to 0xF4
    expect(normalize(ours.text)).toBe(normalize(qemu.text));
  }, 90_000);
});
