// The lecture's lab, step by step, as a learner applies it to a copy of the kernel tree: each step
// is a small edit of the real files, so the tests can leave one out and watch the symptom.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/// The steps of the lab (DESIGN "The lab, end to end", 1-5).
export type LabStep = 'source' | 'core-y' | 'table' | 'syscalls.h' | 'unistd' | 'nr_syscalls';

export const allSteps: readonly LabStep[] = [
  'source',
  'core-y',
  'table',
  'syscalls.h',
  'unistd',
  'nr_syscalls',
];

/// The lecture's system call, as on its slide: it hands the user pointer straight to printk.
export const myPrintKSource = `#include <linux/linkage.h>
#include <linux/kernel.h>
asmlinkage long sys_MyPrintK(const char* myStr)
{
    printk("%s\\n", myStr);
    return 0;
}
`;

/// Replaces `from` by `to` in a tree file, failing loudly when the anchor is not there.
function edit(tree: string, file: string, from: string | RegExp, to: string): void {
  const path = join(tree, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: the lab's anchor ${String(from)} was not found`);
  writeFileSync(path, next);
}

/// Applies one step to the tree at `tree`.
export function applyStep(tree: string, step: LabStep, tableLine = '.long sys_MyPrintK'): void {
  switch (step) {
    case 'source':
      mkdirSync(join(tree, 'MyPrintK'), { recursive: true });
      writeFileSync(join(tree, 'MyPrintK/MyPrintK.c'), myPrintKSource);
      writeFileSync(join(tree, 'MyPrintK/Makefile'), 'obj-y := MyPrintK.o\n');
      return;
    case 'core-y':
      return edit(tree, 'Makefile', /^core-y \+= kernel\/ mm\/ fs\/$/m, 'core-y += kernel/ mm/ fs/ MyPrintK/');
    case 'table':
      return edit(tree, 'arch/x86/kernel/syscall_table_32.S', /(\.long sys_recvmmsg\n)/, `$1\t${tableLine}\n`);
    case 'syscalls.h':
      return edit(tree, 'include/linux/syscalls.h', /\n#endif\s*$/, '\nasmlinkage long sys_MyPrintK(const char* myStr);\n#endif\n');
    case 'unistd':
      return edit(tree, 'arch/x86/include/asm/unistd_32.h', /(#define __NR_recvmmsg\s+337\n)/, '$1#define __NR_MyPrintK\t\t\t338\n');
    case 'nr_syscalls':
      return edit(tree, 'arch/x86/include/asm/unistd_32.h', '#define NR_syscalls 338', '#define NR_syscalls 339');
  }
}

/// Applies every step except those in `skip`.
export function applyLab(tree: string, skip: readonly LabStep[] = [], tableLine?: string): void {
  for (const step of allSteps) if (!skip.includes(step)) applyStep(tree, step, tableLine);
}

/// Uncomments the first commented line of `file` (in the tree) that contains `needle`.
function uncomment(tree: string, file: string, needle: string): void {
  const path = join(tree, file);
  const text = readFileSync(path, 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('#') && l.includes(needle));
  if (!line) throw new Error(`${file}: no commented line with ${needle}`);
  writeFileSync(path, text.replace(line, line.replace(/^#\s*/, '')));
}

/// Step 6 with the tree's own userland: the wrapper header and driver (usr/lab/solution) go
/// into usr/lab/, and the two one-line hooks put the program into the build and the initramfs.
export function applyUserLab(tree: string): void {
  for (const name of ['mykernelprint.h', 'mykernelprint.c']) {
    const text = readFileSync(join(tree, 'usr/lab/solution', name), 'utf8');
    writeFileSync(join(tree, 'usr/lab', name), text);
  }
  uncomment(tree, 'usr/Makefile', 'progs-y += usr/lab/mykernelprint');
  uncomment(tree, 'usr/initramfs_list', 'file /root/mykernelprint');
}
