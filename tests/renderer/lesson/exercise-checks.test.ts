// The "try next" checks: each says what is missing, and passes on a real solution.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../renderer/lesson/checks.ts';
import type { LessonSnapshot } from '../../../renderer/lesson/lab-files.ts';
import { pristineSnapshot, withSteps } from './lesson-fixture.ts';

const ALL = ['source', 'makefile', 'table', 'prototype', 'unistd', 'user'] as const;

function lab(source: string, over: Partial<LessonSnapshot> = {}): LessonSnapshot {
  const s = withSteps(pristineSnapshot(), ALL);
  return { ...s, files: { ...s.files, source }, ...over };
}

const VALIDATING = `#include <linux/kernel.h>
#include <asm/uaccess.h>
#include <asm/errno.h>
asmlinkage long sys_MyPrintK(const char __user *s)
{
	char buf[128];
	long n = strncpy_from_user(buf, s, sizeof(buf));
	if (n < 0)
		return -EFAULT;
	return printk("%s\\n", buf);
}
`;

describe('try-next checks', () => {
  it('return a value: wants a non-zero return, then a run that shows it', () => {
    const base = withSteps(pristineSnapshot(), ALL);
    expect(runChecks(base).get('x-return')?.hint).toContain('return something useful');
    const returning = lab(VALIDATING);
    expect(runChecks(returning).get('x-return')?.hint).toContain('run ./mykernelprint again');
    const ran = lab(VALIDATING, {
      transcript: '/root # ./mykernelprint hi\r\nMyPrintK returned 3\r\n/root # ',
    });
    expect(runChecks(ran).get('x-return')?.done).toBe(true);
  });

  it('validate a pointer: strncpy_from_user and -EFAULT', () => {
    expect(runChecks(withSteps(pristineSnapshot(), ALL)).get('x-validate')?.hint).toContain(
      'strncpy_from_user',
    );
    const noFault = VALIDATING.replace('return -EFAULT;', 'return 0;');
    expect(runChecks(lab(noFault)).get('x-validate')?.hint).toContain('-EFAULT');
    expect(runChecks(lab(VALIDATING)).get('x-validate')?.done).toBe(true);
  });

  it('copy_to_user: checked result, then a second call registered end to end', () => {
    const copying = `${VALIDATING}
struct lab_info { long pid; };
asmlinkage long sys_MyInfo(struct lab_info __user *u)
{
	struct lab_info k = { 1 };
	if (copy_to_user(u, &k, sizeof(k)))
		return -EFAULT;
	return 0;
}
`;
    const s = lab(copying);
    expect(runChecks(s).get('x-copy')?.hint).toContain('Register the new call as entry 339');
    const table = `${s.files.table ?? ''}\t.long sys_MyInfo\n`;
    const unistd0 = (s.files.unistd ?? '').replace(
      '#define __NR_MyPrintK',
      '#define __NR_MyInfo\t\t339\n#define __NR_MyPrintK',
    );
    const stale = { ...s, files: { ...s.files, table, unistd: unistd0 } };
    expect(runChecks(stale).get('x-copy')?.hint).toContain('NR_syscalls must be 340');
    const unistd = unistd0.replace('NR_syscalls 339', 'NR_syscalls 340');
    const ok = { ...s, files: { ...s.files, table, unistd } };
    expect(runChecks(ok).get('x-copy')).toMatchObject({ done: true });
    expect(runChecks(ok).get('x-tracemask')).toMatchObject({ done: true });
    // The lab's own checks still hold with the extra call.
    expect(runChecks(ok).get('unistd')).toMatchObject({ done: true });
  });

  it('trace mask: an unnumbered extra entry is named', () => {
    const s = withSteps(pristineSnapshot(), ALL);
    const table = `${s.files.table ?? ''}\t.long sys_trace\n`;
    expect(runChecks({ ...s, files: { ...s.files, table } }).get('x-tracemask')?.hint).toContain(
      'define __NR_trace as 339',
    );
  });
});
