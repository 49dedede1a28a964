// The userland under test: a private copy of kernel/usr built with GNU make, and helpers to
// build C sources against our libc (or glibc, the oracle) and run them natively as i386.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/// The repository root and the pristine tree's userland.
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const KERNEL = path.join(REPO, 'kernel');

/// Where the syscall numbers come from: the kernel's own header, or the host's (identical for
/// 0..337) when the kernel tree does not have it yet.
export function unistdHeader(): string {
  const own = path.join(KERNEL, 'arch/x86/include/asm/unistd_32.h');
  return existsSync(own) ? own : '/usr/include/asm/unistd_32.h';
}

/// A built copy of kernel/usr: `root` plays the tree root (paths in usr/Makefile are relative to it).
export interface UserTree {
  readonly root: string;
  readonly scratch: string;
}

/// The result of running a program.
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/// Runs a command; throws with its output when it fails (for build steps).
export function must(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/// Copies kernel/usr and the kernel's asm headers to a temp dir and runs `make usr-all` there;
/// `cflags` replaces usr/Makefile's USER_CFLAGS (the bench builds an -O0 userland with it).
export function buildUserTree(cflags?: readonly string[]): UserTree {
  const root = mkdtempSync(path.join(tmpdir(), 'userland-'));
  cpSync(path.join(KERNEL, 'usr'), path.join(root, 'usr'), {
    recursive: true,
    filter: (src) => !/\.(o|a|cpio)$/.test(src),
  });
  withoutKernelOutputs(path.join(root, 'usr/initramfs_list'));
  // The libc's headers include the kernel's <asm/...> ABI headers (errno, signal, termbits, stat).
  cpSync(path.join(KERNEL, 'arch/x86/include'), path.join(root, 'arch/x86/include'), {
    recursive: true,
  });
  cpSync(unistdHeader(), path.join(root, 'arch/x86/include/asm/unistd_32.h'));
  const override = cflags ? [`USER_CFLAGS=${cflags.join(' ')}`] : [];
  must('make', ['-s', '-j2', '-f', 'usr/Makefile', 'usr-all', 'CC=gcc', ...override], root);
  const scratch = path.join(root, 'scratch');
  mkdirSync(scratch);
  return { root, scratch };
}

// This tree holds the userland only: no kernel, so no System.map for the list's /boot line (the
// kernel's Makefile makes it before packing). The programs and every other entry stay.
function withoutKernelOutputs(list: string): void {
  const lines = readFileSync(list, 'utf8').split('\n');
  writeFileSync(list, lines.filter((l) => !/^file\s+\S+\s+System\.map\s/.test(l)).join('\n'));
}

/// The flags usr/Makefile compiles user programs with (kept in step with it by the tests that
/// build programs both ways).
export const USER_CFLAGS = [
  '-m32',
  '-ffreestanding',
  '-fno-pic',
  '-no-pie',
  '-fno-stack-protector',
  '-O2',
  '-fno-tree-loop-distribute-patterns',
  '-nostdinc',
  '-Iusr/include',
  '-Iarch/x86/include',
];

/// Compiles and links C sources against our libc (crt0.o + libc.a) with gcc; returns the binary.
/// `extra` flags come last (so `-O0` there wins over USER_CFLAGS' -O2).
export function buildOurs(
  tree: UserTree,
  sources: string[],
  out: string,
  extra: readonly string[] = [],
): string {
  const bin = path.join(tree.scratch, out);
  must(
    'gcc',
    [
      ...USER_CFLAGS,
      ...extra,
      '-nostdlib',
      '-static',
      '-Wl,-z,noexecstack',
      '-o',
      bin,
      'usr/lib/crt0.o',
      ...sources,
      'usr/lib/libc.a',
    ],
    tree.root,
  );
  return bin;
}

/// The oracle build: the same sources with gcc -m32 against glibc.
export function buildGlibc(tree: UserTree, sources: string[], out: string): string {
  const bin = path.join(tree.scratch, out);
  must('gcc', ['-m32', '-O2', '-w', '-o', bin, ...sources]);
  return bin;
}

/// Runs a binary natively (the host runs i386 ELF), with an optional stdin and environment.
export function run(
  bin: string,
  args: string[] = [],
  opts: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): RunResult {
  const r = spawnSync(bin, args, {
    input: opts.input ?? '',
    env: opts.env ?? { PATH: '/bin:/usr/bin', HOME: '/root' },
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, code: r.status, signal: r.signal };
}

/// A variable of usr/Makefile (libc-y, progs-y, P-objs): plain data shared with the Kbuild runner.
export function makeList(tree: UserTree, name: string): string[] {
  const text = readFileSync(path.join(tree.root, 'usr/Makefile'), 'utf8');
  const re = new RegExp(`^${name.replace(/[/.]/g, '\\$&')}\\s*[:+]?=\\s*(.*)$`, 'gm');
  return [...text.matchAll(re)].flatMap((m) => m[1].trim().split(/\s+/));
}
