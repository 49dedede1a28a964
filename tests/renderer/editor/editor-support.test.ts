import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../../../electron/ipc/lab-api.ts';
import { toLintDiagnostics } from '../../../renderer/editor/diagnostics.ts';
import { languageOf } from '../../../renderer/editor/languages.ts';
import { ancestors, defaultFile, visibleRows } from '../../../renderer/editor/tree-model.ts';

const file = (path: string, editable = true): FileEntry => ({
  path,
  kind: 'file',
  size: 1,
  status: 'unchanged',
  editable,
});
const dir = (path: string): FileEntry => ({
  path,
  kind: 'dir',
  size: 0,
  status: 'unchanged',
  editable: false,
});

describe('languageOf', () => {
  it.each([
    ['init/main.c', 'C'],
    ['include/linux/syscalls.h', 'C'],
    ['arch/x86/kernel/entry_32.S', 'GNU assembler'],
    ['Makefile', 'Makefile'],
    ['MyPrintK/Makefile', 'Makefile'],
    ['arch/x86/kernel/vmlinux.lds', 'Linker script'],
    ['usr/initramfs_list', 'Text'],
  ])('%s is %s', (path, lang) => expect(languageOf(path)).toBe(lang));
});

describe('tree model', () => {
  const entries = [
    dir('arch'),
    dir('arch/x86'),
    file('arch/x86/a.S'),
    file('Makefile'),
    dir('init'),
    file('init/main.c'),
  ];

  it('lists folders first and hides collapsed contents', () => {
    expect(visibleRows(entries, new Set()).map((r) => r.entry.path)).toEqual([
      'arch',
      'init',
      'Makefile',
    ]);
    const open = visibleRows(entries, new Set(['arch', 'arch/x86']));
    expect(open.map((r) => [r.entry.path, r.depth])).toEqual([
      ['arch', 0],
      ['arch/x86', 1],
      ['arch/x86/a.S', 2],
      ['init', 0],
      ['Makefile', 0],
    ]);
  });

  it('finds ancestors and a sensible first file', () => {
    expect(ancestors('a/b/c.c')).toEqual(['a', 'a/b']);
    expect(defaultFile(entries)).toBe('Makefile');
    expect(defaultFile([...entries, file('arch/x86/kernel/syscall_table_32.S')])).toBe(
      'arch/x86/kernel/syscall_table_32.S',
    );
    expect(defaultFile([file('x.bin', false)])).toBeNull();
  });
});

describe('toLintDiagnostics', () => {
  const doc = Text.of(['int main(void)', '{', '\tprintk("hi");', '}']);

  it('underlines the word at line:column', () => {
    const [d] = toLintDiagnostics(doc, [
      {
        file: 'f.c',
        line: 3,
        column: 2,
        severity: 'warning',
        message: "implicit declaration of function 'printk'",
      },
    ]);
    expect(doc.sliceString(d.from, d.to)).toBe('printk');
    expect(d.severity).toBe('warning');
  });

  it('marks the whole line without a column, clamps stale lines and adds the explanation', () => {
    const [whole, stale] = toLintDiagnostics(doc, [
      { file: 'f.c', line: 1, severity: 'error', message: 'bad', explanation: 'try this' },
      { file: 'f.c', line: 99, column: 1, severity: 'note', message: 'gone' },
    ]);
    expect(doc.sliceString(whole.from, whole.to)).toBe('int main(void)');
    expect(whole.message).toBe('bad\n\ntry this');
    expect(stale.from).toBe(doc.line(4).from);
    expect(stale.severity).toBe('info');
  });
});
