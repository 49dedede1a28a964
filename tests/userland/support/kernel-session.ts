// The part of the scripted session only the teaching kernel runs (real Linux logs and names things
// its own way): its kernel log through dmesg, a segfault, a process that spins forever in the
// background while the shell answers, raw system calls, and a fork/exec of every program the
// tree ships.

import { expect } from 'vitest';
import type { SerialSession } from './linux-vm.ts';
import { command } from './shell-session.ts';
import type { TreeProgram } from './teaching-kernel.ts';

/// dmesg on the teaching kernel: level prefixes stripped by default, kept by -r, and -c clears
/// the log (the 2.6.33 buffer stores "<N>" before every printk line).
export async function kernelLog(vm: SerialSession): Promise<void> {
  const lines = (text: string) => text.split('\n').filter(Boolean);
  const stripped = lines(await command(vm, 'dmesg'));
  const raw = lines(await command(vm, 'dmesg -r'));
  expect(stripped[0]).toMatch(/^Linux version 2\.6\.33/);
  expect(raw[0]).toMatch(/^<[0-7]>Linux version 2\.6\.33/);
  expect(stripped.filter((l) => /^<\d>/.test(l))).toEqual([]);
  expect(raw.filter((l) => !/^<\d>/.test(l))).toEqual([]);
  // The same messages, minus their prefixes (the log only grows between the two reads).
  expect(raw.slice(0, stripped.length).map((l) => l.replace(/^<\d>/, ''))).toEqual(stripped);
  expect(lines(await command(vm, 'dmesg --raw'))[0]).toBe(raw[0]);
  expect(await command(vm, 'dmesg -x; echo $?')).toBe(
    "dmesg: unknown option '-x'\nusage: dmesg [-r] [-c]\n2\n",
  );
  expect(await command(vm, 'dmesg -c > /dev/null; dmesg | wc -c')).toMatch(/^ *0\n$/);
}

/// A write through NULL: the kernel logs a Linux-style line (on the console and in its log) and
/// kills the program with SIGSEGV, which the shell reports as 128 + 11.
export async function segfault(vm: SerialSession): Promise<void> {
  const out = await command(vm, 'segv; echo status $?');
  expect(out).toMatch(
    /^segv: about to write to address 0\nsegv\[\d+\]: segfault at 0 ip [0-9a-f]{8} sp [0-9a-f]{8} error 6\n/,
  );
  expect(out).toMatch(/\nSegmentation fault\nstatus 139\n$/);
  expect(await command(vm, 'dmesg | grep -c "segfault at 0 ip"')).toBe('1\n');
}

/// A job that never makes a system call runs in the background (`&`): the timer preempts it, so
/// the shell and its children still get the CPU; `kill` (SIGTERM) ends it and the shell reaps it.
export async function backgroundSpinner(vm: SerialSession): Promise<void> {
  const started = await command(vm, 'busyloop &');
  const job = /^\[(\d+)\]\n$/.exec(started);
  expect(job, `'busyloop &' printed ${JSON.stringify(started)}`).not.toBeNull();
  const pid = job![1];
  expect(await command(vm, 'echo still answering')).toBe('still answering\n');
  expect(await command(vm, 'echo a b c | wc -w')).toMatch(/^ +3\n$/);
  expect(await command(vm, 'ps | grep busyloop')).toBe(`${pid.padStart(5)}     2 R    busyloop\n`);
  // The sleep gives the spinner a tick to take the signal; the shell then reaps it before the
  // prompt and says how it ended (128 + SIGTERM).
  expect(await command(vm, `kill ${pid}; sleep 1`)).toBe(`[${pid}] done (143)\n`);
  expect(await command(vm, 'ps | grep -c busyloop; echo $?')).toBe('0\n1\n');
  expect(await command(vm, `kill ${pid}; echo $?`)).toBe(`kill: ${pid}: No such process\n1\n`);
}

/// errno.c's raw `int $0x80` checks (the ones whose answers the host's Linux gives too): Linux's
/// errno values and results, and every register but EAX handed back unchanged. Here they run on
/// each build of the kernel (tcc's too) and on each machine.
export async function rawSyscalls(vm: SerialSession): Promise<void> {
  expect(await command(vm, 'errno | grep -v "ok "')).toMatch(/^errno: \d+ checks, 0 failures\n$/);
}

/// Every program of the tree's list is forked and exec'd by its initramfs path with --help: it
/// prints its usage and succeeds (false, as GNU's, fails even then).
export async function everyProgram(
  vm: SerialSession,
  programs: readonly TreeProgram[],
): Promise<void> {
  for (const p of programs) {
    const out = await command(vm, `${p.path} --help; echo $?`);
    expect(out, p.path).toMatch(
      new RegExp(`^usage: ${p.name}\\b[^]*\\n${p.name === 'false' ? 1 : 0}\\n$`),
    );
  }
}

/// The kernel-only part, run right after the first prompt of the standard session.
export function kernelSession(programs: readonly TreeProgram[]) {
  return async (vm: SerialSession): Promise<void> => {
    await kernelLog(vm);
    await segfault(vm);
    await backgroundSpinner(vm);
    await rawSyscalls(vm);
    await everyProgram(vm, programs);
  };
}
