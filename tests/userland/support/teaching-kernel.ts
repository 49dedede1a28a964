// The teaching kernel (kernel/) with its own userland, for the shell sessions: a private copy of
// the tree, the test programs the kernel-only session adds to its initramfs, and the two machines
// that boot it: qemu-system-i386 and our emulator through `syscall-lab run`.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildProgram, packInitramfs } from '../../support/kernel-build.ts';
import { SerialSession } from './linux-vm.ts';
import { KERNEL, REPO } from './tree.ts';

/// The command line both machines boot with.
export const APPEND = 'console=ttyS0 init=/sbin/init';

/// Guest memory in MiB on both machines.
const MEM_MIB = 128;

/// The kernel half is another part's work: until it is committed there is nothing to boot.
export function kernelCommitted(): boolean {
  const r = spawnSync('git', ['ls-files', '--error-unmatch', 'kernel/init/main.c'], { cwd: REPO });
  if (r.status === 0) return true;
  console.warn('skipping: kernel/ is not committed yet (no kernel/init/main.c in git)');
  return false;
}

/// A private copy of kernel/ without build outputs, in a fresh temp folder (the caller removes
/// it, or leaves it to the OS); returns the copy's root.
export function copyTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'on-kernel-'));
  const tree = path.join(root, 'kernel');
  cpSync(KERNEL, tree, { recursive: true, filter: (src) => !/\.(o|a|cpio)$|\/vmlinux$/.test(src) });
  return tree;
}

/// The test programs (tests/kernel/programs) the kernel session runs from /bin: one that
/// segfaults, one that spins forever, and the raw-syscall checks of errno.c.
export const SESSION_PROGRAMS = ['segv', 'busyloop', 'errno'] as const;

/// `initrd` with a second newc archive of SESSION_PROGRAMS appended (the kernel unpacks
/// concatenated archives, as Linux does), built against `tree`'s headers into a folder beside
/// the tree (so removing the copy removes them); returns the new file.
export function withSessionPrograms(initrd: string, tree: string): string {
  const dir = path.join(path.dirname(tree), 'session');
  const files = SESSION_PROGRAMS.map((p) => ({
    path: `/bin/${p}`,
    src: buildProgram(p, dir, tree),
  }));
  const extra = packInitramfs(files, path.join(dir, 'extra.cpio'));
  const out = path.join(dir, 'initramfs.cpio');
  writeFileSync(out, Buffer.concat([readFileSync(initrd), readFileSync(extra)]));
  return out;
}

/// One program of the tree's list: where the initramfs puts it, and its name.
export interface TreeProgram {
  readonly path: string;
  readonly name: string;
}

/// Every program of usr/Makefile's progs-y, at the path usr/initramfs_list installs it at.
export function treePrograms(tree: string): TreeProgram[] {
  const makefile = readFileSync(path.join(tree, 'usr/Makefile'), 'utf8');
  const progs = [...makefile.matchAll(/^progs-y\s*:?\+?=\s*(.*)$/gm)].flatMap((m) =>
    m[1].trim().split(/\s+/),
  );
  const list = readFileSync(path.join(tree, 'usr/initramfs_list'), 'utf8');
  const installed = new Map(
    [...list.matchAll(/^file\s+(\S+)\s+(\S+)\s/gm)].map((m) => [m[2], m[1]] as const),
  );
  return progs.map((src) => {
    const at = installed.get(src);
    if (!at) throw new Error(`${src} is in progs-y but not in usr/initramfs_list`);
    return { path: at, name: path.basename(at) };
  });
}

/// Boots vmlinux + initramfs the way DESIGN.md's boot protocol says QEMU does.
export function bootOnQemu(vmlinux: string, initrd: string): SerialSession {
  return SerialSession.spawn('qemu-system-i386', [
    ...['-kernel', vmlinux, '-initrd', initrd, '-append', APPEND],
    ...['-m', String(MEM_MIB), '-serial', 'stdio', '-display', 'none', '-monitor', 'none'],
    ...['-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04'],
  ]);
}

/// Boots the same files on our emulator, headless, with COM1 on the CLI's stdin and stdout
/// (`syscall-lab run --input -`). Its exit status is the byte written to port 0xF4.
export function bootOnEmulator(vmlinux: string, initrd: string): SerialSession {
  return SerialSession.spawn('node', [
    path.join(REPO, 'bin/syscall-lab.mjs'),
    ...['run', '--kernel', vmlinux, '--initrd', initrd, '--append', APPEND],
    ...['--mem', String(MEM_MIB), '--input', '-'],
  ]);
}
