// Helpers for the tests on the real kernel tree: a temp copy of kernel/, the lesson's edits made
// the way a learner makes them, and a scripted QEMU boot whose console text can be compared
// between two builds.
import { cpSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runQemu } from '../../../support/qemu.ts';
import { editFile, tempBase } from './fixture.ts';

const KERNEL = fileURLToPath(new URL('../../../../kernel', import.meta.url));

/// A fresh copy of kernel/ (tree) and an output directory beside it.
export function copyKernel(): { base: string; tree: string; out: string } {
  const base = tempBase('kbuild-kernel-');
  cpSync(KERNEL, join(base, 'tree'), { recursive: true });
  return { base, tree: join(base, 'tree'), out: join(base, 'out') };
}

/// The lecture's steps 1 and 3-6 (everything but the core-y line): MyPrintK/, the table entry,
/// the declaration, the number, and the user program with its two one-line hooks.
export function addMyPrintK(tree: string): void {
  mkdirSync(join(tree, 'MyPrintK'));
  writeFileSync(join(tree, 'MyPrintK/Makefile'), 'obj-y := MyPrintK.o\n');
  writeFileSync(
    join(tree, 'MyPrintK/MyPrintK.c'),
    '#include <linux/kernel.h>\n#include <linux/linkage.h>\n\nasmlinkage long sys_MyPrintK(const char *s)\n{\n\tprintk("%s\\n", s);\n\treturn 0;\n}\n',
  );
  editFile(tree, 'arch/x86/kernel/syscall_table_32.S', (t) =>
    t.replace(/(\t\.long sys_recvmmsg.*\n)/, '$1\t.long sys_MyPrintK\n'),
  );
  editFile(tree, 'include/linux/syscalls.h', (t) =>
    t.replace(/(#endif[^\n]*\n?)$/, 'asmlinkage long sys_MyPrintK(const char *s);\n\n$1'),
  );
  editFile(tree, 'arch/x86/include/asm/unistd_32.h', (t) =>
    t
      .replace(/(#define __NR_recvmmsg\s+337\n)/, '$1#define __NR_MyPrintK\t\t338\n')
      .replace('#define NR_syscalls 338', '#define NR_syscalls 339'),
  );
  for (const f of ['mykernelprint.c', 'mykernelprint.h'])
    copyFileSync(join(tree, 'usr/lab/solution', f), join(tree, 'usr/lab', f));
  editFile(tree, 'usr/Makefile', (t) =>
    t.replace('# progs-y += usr/lab/mykernelprint', 'progs-y += usr/lab/mykernelprint'),
  );
  editFile(tree, 'usr/initramfs_list', (t) =>
    t.replace('# file /root/mykernelprint', 'file /root/mykernelprint'),
  );
}

/// Adds the lecture's step 2 line to the root Makefile.
export function addCoreY(tree: string): void {
  editFile(tree, 'Makefile', (t) =>
    t.replace('core-y += kernel/ mm/ fs/\n', 'core-y += kernel/ mm/ fs/\ncore-y += MyPrintK/\n'),
  );
}

/// Boots `vmlinux` with `initrd` under QEMU, types each command at a shell prompt, then
/// Adds usr/lab/badptr (built with the lab's wrapper, in progs-y and at /root/badptr): it hands
/// MyPrintK a pointer to nowhere, the lecture's Oops. Call after addMyPrintK.
export function addBadPointerProgram(tree: string): void {
  writeFileSync(
    join(tree, 'usr/lab/badptr.c'),
    '#include "mykernelprint.h"\n\nint main(void)\n{\n\treturn (int)MyPrintK((const char *)0xdeadbeef);\n}\n',
  );
  editFile(tree, 'usr/Makefile', (t) =>
    t.replace(
      'progs-y += usr/lab/mykernelprint',
      'progs-y += usr/lab/mykernelprint usr/lab/badptr',
    ),
  );
  editFile(tree, 'usr/initramfs_list', (t) => `${t}file /root/badptr usr/lab/badptr 0755 0 0\n`);
}

/// `poweroff`; returns the console text.
export async function bootAndRun(
  vmlinux: string,
  initrd: string,
  commands: readonly string[],
): Promise<string> {
  const input = [...commands, 'poweroff'].map((c) => ({ waitFor: '/root # ', send: `${c}\n` }));
  const r = await runQemu({
    kernel: vmlinux,
    initrd,
    append: 'console=ttyS0',
    memoryMiB: 64,
    input,
    timeoutMs: 60_000,
  });
  if (r.timedOut) throw new Error(`QEMU timed out; console so far:\n${r.text}`);
  return r.text;
}

/// Console text without what legitimately differs between two builds of the same tree: image
/// sizes, the kernel's file name on the command line, the initramfs byte count, and how many
/// symbols System.map holds (gcc -O2 inlines static functions that tcc keeps).
export function comparable(console: string): string {
  return console
    .split(/\r?\n/)
    .filter((l) => !/^(Memory: |Kernel command line: |initramfs: unpacked |kallsyms: \d+ )/.test(l))
    .join('\n');
}

/// Reads a text file of the tree.
export function readTree(tree: string, rel: string): string {
  return readFileSync(join(tree, rel), 'utf8');
}
