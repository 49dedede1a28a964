// The file checks (steps 1-6) and the Show me / Reset step transforms, on the real kernel tree.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../renderer/lesson/checks.ts';
import type { LabStepId } from '../../../renderer/lesson/check-types.ts';
import { labNumbers } from '../../../renderer/lesson/lab-files.ts';
import { STEP_EDITS } from '../../../renderer/lesson/solutions.ts';
import { pristineSnapshot, solutionContext, withSteps } from './lesson-fixture.ts';

const FILE_STEPS: LabStepId[] = ['source', 'makefile', 'table', 'prototype', 'unistd', 'user'];

describe('lab file checks on the real tree', () => {
  it('reads the new number and its predecessor from unistd_32.h', () => {
    expect(labNumbers(pristineSnapshot())).toEqual({ nr: 338, previous: 'recvmmsg' });
  });

  it('says not yet for every step on the pristine tree, with a hint', () => {
    const r = runChecks(pristineSnapshot());
    for (const id of FILE_STEPS) {
      expect(r.get(id)?.done, id).toBe(false);
      expect(r.get(id)?.hint.length, id).toBeGreaterThan(20);
    }
    expect(r.get('table')?.hint).toContain(
      'The table has 338 entries (0 to 337, ending with sys_recvmmsg)',
    );
    expect(r.get('unistd')?.hint).toContain('#define __NR_MyPrintK 338');
  });

  it('turns each step done once its solution is applied', () => {
    const r = runChecks(withSteps(pristineSnapshot(), FILE_STEPS));
    for (const id of FILE_STEPS) expect(r.get(id), id).toMatchObject({ done: true });
    expect(r.get('user')?.hint).toContain('/root/mykernelprint');
    expect(r.get('build')?.done).toBe(false);
  });

  it('reverting each step gives back the pristine text exactly', () => {
    const base = pristineSnapshot();
    const applied = withSteps(base, FILE_STEPS);
    const ctx = solutionContext();
    for (const id of FILE_STEPS) {
      for (const edit of STEP_EDITS[id] ?? []) {
        const after = applied.files[edit.file] ?? '';
        expect(after, `${id} ${edit.file}`).not.toBe(base.files[edit.file]);
        expect(edit.revert(after, ctx), `${id} ${edit.file}`).toBe(base.files[edit.file]);
      }
    }
  });

  it('Show me is idempotent', () => {
    const once = withSteps(pristineSnapshot(), FILE_STEPS);
    expect(withSteps(once, FILE_STEPS).files).toEqual(once.files);
  });

  it('forgetting the NR_syscalls bump: not done, and the hint tells the 2.6.33 truth', () => {
    const s = withSteps(pristineSnapshot(), FILE_STEPS);
    const unistd = (s.files.unistd ?? '').replace('NR_syscalls 339', 'NR_syscalls 338');
    const r = runChecks({ ...s, files: { ...s.files, unistd } }).get('unistd');
    expect(r?.done).toBe(false);
    expect(r?.hint).toMatch(/NR_syscalls is 338; make it 339/);
    expect(r?.hint).toMatch(/bounds by the table's size/);
    expect(r?.hint).toMatch(/tracer .* never see 338/);
  });

  it("the lecture slide's typo (sys MyPrintK) is pointed at its line", () => {
    const s = withSteps(pristineSnapshot(), ['table']);
    const table = (s.files.table ?? '').replace('sys_MyPrintK', 'sys MyPrintK');
    const r = runChecks({ ...s, files: { ...s.files, table } }).get('table');
    expect(r?.done).toBe(false);
    expect(r?.hint).toContain('has a space');
    expect(r?.site?.line).toBe(table.split('\n').findIndex((l) => l.includes('sys MyPrintK')) + 1);
  });

  it('a commented-out entry does not count, and a wrong index is named', () => {
    const s = withSteps(pristineSnapshot(), ['table']);
    const commented = (s.files.table ?? '').replace(
      /\t\.long sys_MyPrintK/,
      '/* .long sys_MyPrintK */',
    );
    expect(runChecks({ ...s, files: { ...s.files, table: commented } }).get('table')?.done).toBe(
      false,
    );
    const early = (s.files.table ?? '')
      .replace('.long sys_recvmmsg', '.long sys_MyPrintK\n.long sys_recvmmsg')
      .replace(/\t\.long sys_MyPrintK\t\/\* 338 \*\/\n?/, '');
    expect(runChecks({ ...s, files: { ...s.files, table: early } }).get('table')?.hint).toContain(
      'sys_MyPrintK is entry 337',
    );
  });

  it('without core-y the Makefile step says so and quotes the linker when it failed', () => {
    const s = withSteps(pristineSnapshot(), ['source']);
    const kbuild = 'obj-y := MyPrintK.o\n';
    const failed = {
      ...s,
      files: { ...s.files, kbuild },
      build: {
        running: false,
        stale: false,
        finished: { buildId: 'b1', ok: false, artifacts: [], durationMs: 1 },
        diagnostics: [
          {
            file: 'arch/x86/kernel/entry_32.S',
            line: 0,
            severity: 'error' as const,
            message: "undefined reference to 'sys_MyPrintK'",
          },
        ],
      },
    };
    const r = runChecks(failed);
    expect(r.get('makefile')?.hint).toMatch(/undefined reference to sys_MyPrintK/);
    expect(r.get('makefile')?.hint).toContain('core-y += MyPrintK/');
    expect(r.get('build')?.hint).toMatch(/The linker says "undefined reference to sys_MyPrintK"/);
  });

  it('a misspelled function name is called out (case matters)', () => {
    const s = pristineSnapshot();
    const source = 'asmlinkage long sys_myprintk(const char *s) { printk("%s", s); return 0; }';
    expect(runChecks({ ...s, files: { ...s.files, source } }).get('source')?.hint).toContain(
      'spelled sys_myprintk',
    );
  });

  it('points at the commented-out hook lines, not at comments that mention the program', () => {
    const s = pristineSnapshot();
    const ctx = solutionContext();
    const files = { ...s.files, wrapper: ctx.solutionWrapper, driver: ctx.solutionDriver };
    const first = runChecks({ ...s, files }).get('user');
    const usr = (s.files.usrMakefile ?? '').split('\n');
    expect(usr[(first?.site?.line ?? 0) - 1]).toBe('# progs-y += usr/lab/mykernelprint');
    const hooked = { ...files, usrMakefile: usr.join('\n').replace('# progs-y +=', 'progs-y +=') };
    const second = runChecks({ ...s, files: hooked }).get('user');
    const list = (s.files.initramfsList ?? '').split('\n');
    expect(list[(second?.site?.line ?? 0) - 1]).toMatch(/^# file \/root\/mykernelprint /);
  });
});
