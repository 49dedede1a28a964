// The build, boot, run and trace checks over transcripts shaped like the guest's console (the
// kernel tests pin those messages: tests/kernel/lab.test.ts, lab-shell.test.ts).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../renderer/lesson/checks.ts';
import type { LessonSnapshot } from '../../../renderer/lesson/lab-files.ts';
import { driverRuns, plainText, shellCommands } from '../../../renderer/lesson/transcript.ts';
import { pristineSnapshot, withSteps } from './lesson-fixture.ts';

const BOOT = 'Linux version 2.6.33-lab\r\nFreeing unused kernel memory\r\n/root # ';
const ALL = ['source', 'makefile', 'table', 'prototype', 'unistd', 'user'] as const;

function session(transcript: string, over: Partial<LessonSnapshot> = {}): LessonSnapshot {
  const s = withSteps(pristineSnapshot(), ALL);
  return {
    ...s,
    build: {
      running: false,
      stale: false,
      finished: { buildId: 'b1', ok: true, artifacts: [], durationMs: 4200 },
      diagnostics: [],
    },
    machine: { state: 'running' },
    transcript,
    ...over,
  };
}

describe('the console transcript', () => {
  it('removes escapes and applies backspaces as the terminal shows them', () => {
    expect(plainText('ab\x1b[1mc\x1b[0m\r\nxy\b\bz')).toBe('abc\nz');
  });

  it('cuts the session into commands and their output', () => {
    const t = `${BOOT}./mykernelprint hi\r\ncalling\r\nhi\r\n/root # dmesg\r\n<4>hi\r\n/root # `;
    expect(shellCommands(t).map((c) => c.command)).toEqual(['./mykernelprint hi', 'dmesg', '']);
    expect(driverRuns(t)).toMatchObject([{ arg: 'hi', output: 'calling\nhi' }]);
  });
});

describe('runtime checks', () => {
  it('build: done with a fresh successful build of a finished tree, not when stale', () => {
    expect(runChecks(session('')).get('build')).toMatchObject({ done: true });
    const stale = session('', { build: { ...session('').build, stale: true } });
    expect(runChecks(stale).get('build')?.hint).toContain('Files changed since this build');
    const partial = { ...session(''), files: pristineSnapshot().files };
    expect(runChecks(partial).get('build')?.hint).toContain('step 1 is not done yet');
  });

  it('build: a failed build names its first error and where it is', () => {
    const failed = session('', {
      build: {
        running: false,
        stale: false,
        finished: { buildId: 'b1', ok: false, artifacts: [], durationMs: 10 },
        diagnostics: [
          { file: 'MyPrintK/MyPrintK.c', line: 6, severity: 'error', message: "expected ';'" },
        ],
      },
    });
    expect(runChecks(failed).get('build')?.hint).toContain("MyPrintK/MyPrintK.c:6: expected ';'");
  });

  it('boot: waits for the prompt', () => {
    expect(runChecks(session('Linux version')).get('boot')).toMatchObject({
      done: false,
      pending: true,
    });
    expect(runChecks(session(BOOT)).get('boot')).toMatchObject({ done: true });
    expect(
      runChecks(session('', { machine: { state: 'crashed', message: 'triple fault' } })).get('boot')
        ?.hint,
    ).toContain('triple fault');
  });

  it('run: asks for dmesg, then is done when the word is in the log', () => {
    const ran = `${BOOT}./mykernelprint hello\r\nMyPrintK returned 0\r\n/root # `;
    expect(runChecks(session(ran)).get('run')?.hint).toContain('Now type dmesg');
    const logged = `${ran}dmesg\r\n<6>Linux version\r\n<4>hello\r\n/root # `;
    expect(runChecks(session(logged)).get('run')).toMatchObject({ done: true });
    const again = `${logged}./mykernelprint again\r\nMyPrintK returned 0\r\n/root # `;
    expect(runChecks(session(again)).get('run')).toMatchObject({ done: true });
  });

  it('run: ENOSYS is explained with the table size read from the tree', () => {
    const s = withSteps(pristineSnapshot(), ['source', 'makefile', 'prototype', 'unistd', 'user']);
    const t = `${BOOT}./mykernelprint hello\r\nMyPrintK failed: Function not implemented\r\n/root # `;
    const r = runChecks({ ...session(t), files: s.files }).get('run');
    expect(r?.done).toBe(false);
    expect(r?.hint).toContain('The call returned ENOSYS');
    expect(r?.hint).toContain('syscall_table_32.S has 338 entries');
    expect(r?.hint).toContain('rejects any number at or above the table');
  });

  it('run: a program missing from the initramfs is pointed at the list', () => {
    const t = `${BOOT}./mykernelprint hello\r\nsh: ./mykernelprint: not found\r\n/root # `;
    expect(runChecks(session(t)).get('run')?.hint).toContain('usr/initramfs_list');
  });

  it('trace: the tracer line is done; the NR_syscalls refusal is explained', () => {
    const traced = `${BOOT}./mykernelprint x\r\nmykernelprint-7 sys_MyPrintK(bffffe8c, 0, 0, 0, 0, 0)\r\n`;
    expect(runChecks(session(traced)).get('trace')).toMatchObject({ done: true });
    const unnamed = `${BOOT}./mykernelprint x\r\nmykernelprint-7 syscall 338(bffffe8c, 0, 0, 0, 0, 0)\r\n`;
    expect(runChecks(session(unnamed)).get('trace')?.hint).toContain('syscall 338(...) entry');
    const other = `${BOOT}./mykernelprint x\r\nmykernelprint-7 syscall 4(1, 0, 0, 0, 0, 0)\r\n`;
    expect(runChecks(session(other)).get('trace')?.done).toBe(false);
    const refused = `${BOOT}echo 338 > /proc/syscall_trace\r\nsyscall_trace: 338 is not below NR_syscalls (338): it has no metadata\r\n`;
    expect(runChecks(session(refused)).get('trace')?.hint).toContain('NR_syscalls is still 338');
  });
});
