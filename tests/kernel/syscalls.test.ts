// System calls of the teaching kernel, run on QEMU by static i386 programs built outside the tree
// (tests/kernel/programs): Linux errno values for bad input, and the ABI oracle: the same binary
// prints the same lines on the host's Linux. Then processes: hundreds of forks, a segfault, a
// spinning process that does not starve the others, signals, pipes, sysenter, /proc, the tty.

import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { runQemu, type SerialStep } from '../support/qemu.ts';
import {
  buildProgram,
  hostRunsI386,
  sharedBootFiles,
  type KernelBuild,
  type Scratch,
} from '../support/kernel-build.ts';

const ok = oracleAvailable('qemu-system-i386', 'gcc', 'make', 'cpio');
const programs = [
  'runner',
  'errno',
  'forkstress',
  'segv',
  'spin',
  'signals',
  'proctest',
  'ttytest',
  'tls',
  'fuzz',
  'memfree',
  'fsops',
  'memtest',
  'fpu',
];

describe.skipIf(!ok)('system calls on QEMU', () => {
  let tmp: Scratch;
  let build: KernelBuild;
  let initrd: string;

  beforeAll(async () => {
    ({ tmp, build, initrd } = await sharedBootFiles('kernel-syscalls', programs));
  });
  afterAll(() => tmp?.dispose());

  /// Boots with /bin/runner as init running `commands` (separated by `--`).
  const run = (commands: string, input?: SerialStep[], append = '') =>
    runQemu({
      kernel: build.vmlinux,
      initrd,
      append: `console=ttyS0 ${append} rdinit=/bin/runner ${commands}`,
      input,
      timeoutMs: 30_000,
    });

  /// The lines between a program's first line and the runner's report on it.
  const linesOf = (text: string, prefix: string) =>
    text
      .replace(/\r/g, '')
      .split('\n')
      .filter((l) => l.startsWith(prefix));

  it('returns Linux errno values for bad fds, pointers, numbers and lengths', async () => {
    const r = await run('/bin/errno kernel');
    expect(r.text).toContain('errno: 81 checks, 0 failures');
    expect(r.text).not.toContain('FAIL');
    expect(r.text).toContain('runner: /bin/errno exited 0');
    expect(r.exitCode).toBe(0);
  });

  it('gives static i386 programs the same answers as the host Linux does', async () => {
    const errno = buildProgram('errno', tmp.dir, build.dir);
    const memtest = buildProgram('memtest', tmp.dir, build.dir);
    const canRun = hostRunsI386(errno);
    if (!canRun && process.env.CI === 'true') throw new Error('the CI host cannot run i386 binaries');
    if (!canRun) return void console.warn('skipping: this host cannot run i386 binaries');
    const host = (bin: string) => spawnSync(bin, [], { encoding: 'utf8' }).stdout.split('\n');
    const fpu = buildProgram('fpu', tmp.dir, build.dir);
    const r = await run('/bin/errno -- /bin/memtest -- /bin/fpu');
    const ours = (prefixes: string[]) => prefixes.flatMap((p) => linesOf(r.text, p));
    expect(ours(['ok ', 'FAIL', 'errno:']).sort()).toEqual(host(errno).filter(Boolean).sort());
    expect(ours(['memtest: '])).toEqual(host(memtest).filter(Boolean));
    // two processes computing with live x87 registers across preemption
    expect(ours(['fpu: ']).sort()).toEqual(['fpu: alternating 0.693147013', 'fpu: harmonic 15.491338678']);
    expect(spawnSync(fpu, [], { encoding: 'utf8' }).stdout).toContain('harmonic 15.491338678');
  });

  it('forks, reaps and numbers 300 children correctly', async () => {
    const r = await run('/bin/forkstress 300');
    expect(r.text).toContain('forkstress: 300 children, 0 errors');
    expect(r.exitCode).toBe(0);
  });

  it('kills a segfaulting program with SIGSEGV and a Linux-style log line, nothing else', async () => {
    const r = await run('/bin/segv -- /bin/errno');
    expect(r.text).toMatch(/segv\[\d+\]: segfault at 0 ip [0-9a-f]{8} sp [0-9a-f]{8} error 6/);
    expect(r.text).toContain('runner: /bin/segv killed by signal 11');
    expect(r.text).toContain('runner: /bin/errno exited 0');
    expect(r.exitCode).toBe(0);
  });

  it('preempts a process spinning in user mode', async () => {
    const r = await run('/bin/spin');
    expect(linesOf(r.text, 'spin: parent still runs')).toHaveLength(3);
    expect(r.text).toContain('spin: child ended by signal 9');
  });

  it('runs signal handlers, pipes and the sysenter vsyscall', async () => {
    const r = await run('/bin/signals');
    expect(r.text).toContain('signals: handler ran');
    expect(r.text).toContain('signals: FPU kept across a handler');
    expect(r.text).toContain('signals: AT_PAGESZ 4096');
    expect(r.text).toContain('signals: __kernel_vsyscall getpid ok');
    expect(r.text).toContain("signals: read 'through a pipe'");
    expect(r.text).toContain('signals: pipe EOF');
    expect(r.text).toContain('signals: child status 7');
  });

  it('survives random system calls with random arguments, without an Oops', async () => {
    const r = await run('/bin/fuzz 25 2000');
    expect(r.text).toContain('fuzz: 25 rounds, the machine is alive');
    expect(r.text).not.toMatch(/BUG:|Oops|Kernel panic/);
    expect(r.exitCode).toBe(0);
  });

  it('gives back the memory of hundreds of processes', async () => {
    const r = await run(
      '/bin/forkstress 200 -- /bin/memfree -- /bin/forkstress 200 -- /bin/fuzz 5 500 -- /bin/memfree',
    );
    const free = linesOf(r.text, 'MemFree:').map((l) => Number(l.split(/\s+/)[1]));
    expect(free).toHaveLength(2);
    // the kmalloc caches keep their pages, so a few pages may stay: never one per process
    expect(free[0] - free[1]).toBeLessThanOrEqual(16);
  });

  it('links, mounts what exists, syncs, and wakes pause() with alarm()', async () => {
    const r = await run('/bin/fsops');
    for (const line of [
      'fsops: link 0',
      'fsops: link to a directory -1',
      'fsops: unlink first name 0',
      'fsops: second name reads data',
      'fsops: rename a directory into itself -22',
      'fsops: rename a file over a directory -21',
      'fsops: big file size 1048576',
      'fsops: mount proc 0',
      'fsops: mount ext2 -19',
      'fsops: sync 0',
      'fsops: pause -4',
      'fsops: alarm handler got signal 14',
    ])
      expect(r.text).toContain(line);
  });

  it('falls back to int $0x80 in the vsyscall page without sysenter (nosep)', async () => {
    const r = await run('/bin/signals', undefined, 'nosep');
    expect(r.text).toContain('vsyscall: int $0x80 (no sysenter)');
    expect(r.text).toContain('signals: __kernel_vsyscall getpid ok');
  });

  it('gives TLS segments and survives a %gs whose slot was cleared', async () => {
    const r = await run('/bin/tls');
    expect(r.text).toContain('tls: entry 6, %gs:4 = 0x1234');
    expect(r.text).toContain('tls: slot cleared, %gs = 0');
    expect(r.text).toContain('runner: /bin/tls exited 0');
  });

  it('lists processes in /proc and switches syscall tracing from a file', async () => {
    const r = await run('/bin/proctest');
    expect(r.text).toMatch(/^1 \(runner\) S 0 1 1 /m);
    expect(r.text).toMatch(/^\d+ \(proctest\) R 1 1 1 /m);
    expect(r.text).toMatch(/^off\r?\n20\r?\n/m);
    expect(r.text).toMatch(/proctest-\d+ sys_getpid\(0, 0, 0, 0, 0, 0\)/);
    expect(r.text).toMatch(/proctest-\d+ sys_getpid -> 0x\d+/);
  });

  it('edits lines on the terminal, ends input at ^D and interrupts at ^C', async () => {
    const r = await run('/bin/ttytest -- /bin/ttytest wait', [
      { waitFor: 'ttytest: type', send: 'abc\x7fd\r' },
      { waitFor: 'got: abd', send: 'second\r\x04' },
      { waitFor: 'waiting for ^C', send: '\x03' },
    ]);
    expect(r.text).toContain('abc\b \bd');
    expect(r.text).toContain('got: abd');
    expect(r.text).toContain('got: second');
    expect(r.text).toContain('ttytest: EOF');
    expect(r.text).toContain('^C');
    expect(r.text).toContain('runner: /bin/ttytest killed by signal 2');
    expect(r.exitCode).toBe(0);
  });
});
