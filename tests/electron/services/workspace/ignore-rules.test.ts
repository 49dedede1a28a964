import { describe, expect, it } from 'vitest';
import { parseIgnoreRules } from '../../../../electron/services/workspace/ignore-rules.ts';

describe('parseIgnoreRules', () => {
  const ignored = parseIgnoreRules(
    '# build products\n*.o\n*.d\nvmlinux\nSystem.map\n/usr/initramfs.cpio\nusr/bin/\n!keep.o\n\n',
  );

  it.each([
    ['init/main.o', true],
    ['arch/x86/kernel/entry_32.d', true],
    ['vmlinux', true],
    ['arch/x86/boot/vmlinux', true],
    ['System.map', true],
    ['usr/initramfs.cpio', true],
    ['usr/bin', true],
    ['init/main.c', false],
    ['Makefile', false],
    ['usr/initramfs_list', false],
    ['init/main.o.c', false],
  ])('%s ignored: %s', (path, want) => expect(ignored(path)).toBe(want));

  it('ignores nothing without rules', () => {
    expect(parseIgnoreRules('')('init/main.o')).toBe(false);
  });
});
