// The runner's small pure modules: dependency files, paths, log lines, the build state.
import { describe, expect, it } from 'vitest';
import { BuildState } from '../../../build/kbuild/build-state.ts';
import { parseDepfile } from '../../../build/kbuild/depfile.ts';
import { kbuildLine } from '../../../build/kbuild/events.ts';
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
