// The runner's small pure modules: dependency files, the initramfs list, paths, the build state.
import { describe, expect, it } from 'vitest';
import { BuildState } from '../../../build/kbuild/build-state.ts';
import { parseDepfile } from '../../../build/kbuild/depfile.ts';
import { TreeError } from '../../../build/kbuild/errors.ts';
import { kbuildLine } from '../../../build/kbuild/events.ts';
import { parseInitramfsList } from '../../../build/kbuild/initramfs-list.ts';
import { MemoryBuildFs } from '../../../build/kbuild/memory-build-fs.ts';
import { dirName, joinPath, normalizePath, relativeTo } from '../../../build/kbuild/paths.ts';

describe('depfile', () => {
  it('reads the prerequisites of -MD output from gcc and tcc', () => {
    expect(
      parseDepfile(
        'init/main.o: init/main.c include/linux/kernel.h \\\n include/linux/linkage.h\n\ninclude/linux/kernel.h:\n',
      ),
    ).toEqual(['init/main.c', 'include/linux/kernel.h', 'include/linux/linkage.h']);
    expect(parseDepfile('a.o: \\\n  a\\ b.c \\\n  C:/x/y.h\n')).toEqual(['a b.c', 'C:/x/y.h']);
  });
});

describe('initramfs list', () => {
  it('parses the four entry kinds and skips comments', () => {
    const lines = parseInitramfsList(
      'l',
      '# c\ndir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\nfile /init usr/init 0755 0 0\nslink /sh /bin/sh 0777 0 0\n',
    );
    expect(lines.map((l) => [l.line, l.kind])).toEqual([
      [2, 'dir'],
      [3, 'nod'],
      [4, 'file'],
      [5, 'slink'],
    ]);
  });

  it('locates malformed lines', () => {
    const bad = (text: string) => {
      try {
        parseInitramfsList('usr/initramfs_list', text);
      } catch (e) {
        expect(e).toBeInstanceOf(TreeError);
        return (e as TreeError).located;
      }
      return 'no error';
    };
    expect(bad('dir /a 0755 0 0\nfile /b 0755 0 0\n')).toBe(
      "usr/initramfs_list:2: 'file' takes 5 fields, found 4",
    );
    expect(bad('pipe /p 0 0 0\n')).toBe(
      "usr/initramfs_list:1: unknown entry type 'pipe' (expected dir, file, nod or slink)",
    );
    expect(bad('dir /a 0789 0 0\n')).toBe("usr/initramfs_list:1: bad mode '0789'");
    expect(bad('nod /n 0600 0 0 x 1 2\n')).toMatch(/device type must be/);
  });
});

describe('paths and log lines', () => {
  it('normalises and relates POSIX paths', () => {
    expect(normalizePath('a//b/./c/../d')).toBe('a/b/d');
    expect(joinPath('/t', 'x/../y.c')).toBe('/t/y.c');
    expect(dirName('a/b.o')).toBe('a');
    expect(relativeTo('/t', '/t/init/main.c')).toBe('init/main.c');
    expect(relativeTo('/t', '/u/x')).toBe('/u/x');
  });

  it('formats Kbuild quiet lines', () => {
    expect(kbuildLine('CC', 'MyPrintK/MyPrintK.o')).toBe('  CC      MyPrintK/MyPrintK.o');
    expect(kbuildLine('SYSMAP', 'System.map')).toBe('  SYSMAP  System.map');
  });
});

describe('build state', () => {
  it('is stale for new, changed, re-commanded and missing targets, and survives a reload', async () => {
    const fs = new MemoryBuildFs({ '/t/a.c': 'int a;', '/t/a.h': 'x', '/o/a.o': 'obj' });
    let st = await BuildState.load(fs, '/o/state.json');
    expect(await st.staleReason('a.o', '/o/a.o', 'cc', ['/t/a.c'])).toBe(
      'no record of a previous build',
    );
    await st.record('a.o', 'cc', ['/t/a.c', '/t/a.h']);
    await st.save();
    st = await BuildState.load(fs, '/o/state.json');
    expect(await st.staleReason('a.o', '/o/a.o', 'cc', ['/t/a.c'])).toBeNull();
    expect(await st.staleReason('a.o', '/o/a.o', 'cc -O2', ['/t/a.c'])).toBe('command changed');
    fs.put('/t/a.h', 'y');
    st = await BuildState.load(fs, '/o/state.json');
    expect(await st.staleReason('a.o', '/o/a.o', 'cc', ['/t/a.c'])).toBe('/t/a.h changed');
    await fs.remove('/o/a.o');
    expect(await st.staleReason('a.o', '/o/a.o', 'cc', ['/t/a.c'])).toBe('output missing');
  });

  it('treats a corrupt state file as no state', async () => {
    const fs = new MemoryBuildFs({ '/o/state.json': '{not json' });
    const st = await BuildState.load(fs, '/o/state.json');
    expect(await st.staleReason('x', '/o/x', 'c', [])).toBe('no record of a previous build');
  });
});
