// The classic mistakes of the lab, made on a copy of the mini fixture and built with tcc.wasm and
// our linker: each must come out as a located diagnostic with an explanation a learner can act on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildDiagnostic } from '../../../build/kbuild/diagnostic.ts';
import { copyFixture, editFile, recordingRunner, removeCopies } from './support/fixture.ts';
import { tccToolchain } from './support/toolchains.ts';

async function build(tree: string, out: string) {
  const r = recordingRunner(tree, out, await tccToolchain(tree), 'tcc');
  const res = await r.runner.build();
  return { res, events: r.events.diagnostic ?? [] };
}

/// Adds the lab's MyPrintK/ directory and its table entry, but not the core-y line.
function addMyPrintK(tree: string): void {
  mkdirSync(join(tree, 'MyPrintK'));
  writeFileSync(join(tree, 'MyPrintK/Makefile'), 'obj-y := MyPrintK.o\n');
  writeFileSync(
    join(tree, 'MyPrintK/MyPrintK.c'),
    '#include <linux/kernel.h>\n#include <linux/linkage.h>\n\nasmlinkage long sys_MyPrintK(const char *s)\n{\n\treturn printk("%s\\n", s);\n}\n',
  );
  editFile(tree, 'arch/x86/kernel/syscall_table_32.S', (t) => `${t}\t.long sys_MyPrintK\n`);
}

describe('classic mistakes, explained', () => {
  it('a missing core-y line: undefined reference to sys_MyPrintK, pointing at the root Makefile', async () => {
    const { tree, out } = copyFixture('mini');
    addMyPrintK(tree);
    const { res, events } = await build(tree, out);
    expect(res.ok).toBe(false);
    const undef = res.diagnostics.find((d) =>
      d.message.includes("undefined reference to 'sys_MyPrintK'"),
    );
    expect(undef).toMatchObject({ stage: 'link', severity: 'error', code: 'missing-core-y' });
    // Located at the table entry that uses it, not at the partial link the linker saw.
    expect(undef).toMatchObject({
      file: 'arch/x86/kernel/syscall_table_32.S',
      line: 6,
      column: 8,
      sourceLine: '\t.long sys_MyPrintK',
    });
    expect(undef?.explanation).toMatch(/MyPrintK\/MyPrintK\.c/);
    expect(undef?.explanation).toMatch(/core-y \+= MyPrintK\//);
    const note = res.diagnostics.find((d) => d.severity === 'note');
    // The fixture's last core-y assignment is line 5 of the root Makefile.
    expect(note).toMatchObject({
      file: 'Makefile',
      line: 5,
      message: "missing line 'core-y += MyPrintK/' (MyPrintK/ defines sys_MyPrintK)",
    });
    expect(events.length).toBe(res.diagnostics.length);
    // With the line added the same tree builds.
    editFile(tree, 'Makefile', (t) =>
      t.replace('core-y += arch/x86/kernel/', 'core-y += arch/x86/kernel/\ncore-y += MyPrintK/'),
    );
    expect((await build(tree, out)).res.ok).toBe(true);
  });

  it('a misspelled table entry is located and the right spelling suggested', async () => {
    const { tree, out } = copyFixture('mini');
    addMyPrintK(tree);
    editFile(tree, 'Makefile', (t) =>
      t.replace('core-y += arch/x86/kernel/', 'core-y += arch/x86/kernel/ MyPrintK/'),
    );
    editFile(tree, 'arch/x86/kernel/syscall_table_32.S', (t) =>
      t.replace('.long sys_MyPrintK', '.long sys_MyPrintk'),
    );
    const { res } = await build(tree, out);
    const undef = res.diagnostics.find((d) =>
      d.message.includes("undefined reference to 'sys_MyPrintk'"),
    );
    expect(undef).toMatchObject({
      file: 'arch/x86/kernel/syscall_table_32.S',
      line: 6,
      code: 'symbol-case',
    });
    expect(undef?.explanation).toMatch(
      /MyPrintK\/MyPrintK\.c defines sys_MyPrintK, which differs only in case/,
    );
  });

  it('an object left out of obj-y is named, with its Makefile', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'kernel/Makefile', (t) => t.replace('printk.o ', ''));
    const { res } = await build(tree, out);
    const undef = res.diagnostics.find((d) =>
      d.message.includes("undefined reference to 'printk'"),
    );
    expect(undef).toMatchObject({ code: 'missing-obj-y' });
    expect(res.diagnostics.find((d) => d.severity === 'note')).toMatchObject({
      file: 'kernel/Makefile',
    });
  });

  it("the lecture's 'sys MyPrintK' table typo: an assembler error at that line, explained", async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'arch/x86/kernel/syscall_table_32.S', (t) => `${t}\t.long sys MyPrintK\n`);
    const { res } = await build(tree, out);
    const err = res.diagnostics.find((d) => d.severity === 'error') as BuildDiagnostic;
    expect(err).toMatchObject({
      file: 'arch/x86/kernel/syscall_table_32.S',
      line: 6,
      stage: 'compile',
      code: 'table-space-typo',
    });
    expect(err.sourceLine).toBe('\t.long sys MyPrintK');
    expect(err.explanation).toMatch(/sys_MyPrintK/);
  });

  it('printk without <linux/kernel.h>: the implicit declaration, explained', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'init/main.c', (t) => t.replace('#include <linux/kernel.h>\n', ''));
    const { res } = await build(tree, out);
    const d = res.diagnostics.find((x) =>
      /implicit declaration of function 'printk'/.test(x.message),
    );
    expect(d).toMatchObject({ file: 'init/main.c', line: 6, code: 'implicit-declaration' });
    expect(d?.explanation).toMatch(/#include <linux\/kernel\.h>/);
  });

  it('a C error stops the links that need the object and is retried next build', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'kernel/sub/helper.c', (t) => t.replace('return x * 21;', 'return y * 21;'));
    const first = await build(tree, out);
    expect(first.res.ok).toBe(false);
    expect(first.res.diagnostics[0]).toMatchObject({
      file: 'kernel/sub/helper.c',
      line: 3,
      severity: 'error',
    });
    expect(first.res.rebuilt).not.toContain('vmlinux');
    editFile(tree, 'kernel/sub/helper.c', (t) => t.replace('return y * 21;', 'return x * 21;'));
    const second = await build(tree, out);
    expect(second.res.ok).toBe(true);
    expect(second.res.rebuilt).toEqual([
      'kernel/sub/helper.o',
      'kernel/sub/built-in.o',
      'kernel/built-in.o',
      'vmlinux',
    ]);
  });
});

afterAll(removeCopies);
