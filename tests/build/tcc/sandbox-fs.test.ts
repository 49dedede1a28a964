import { describe, expect, it } from 'vitest';
import {
  MapFileSource,
  SandboxFs,
  joinPath,
  normalizePath,
} from '../../../build/tcc/sandbox-fs.ts';

const b = (s: string) => new TextEncoder().encode(s);

describe('SandboxFs', () => {
  it('normalises paths without escaping the root', () => {
    expect(normalizePath('/a//b/./c/../d')).toBe('/a/b/d');
    expect(normalizePath('/../../x')).toBe('/x');
    expect(joinPath('/k/src', '../inc/a.h')).toBe('/k/inc/a.h');
    expect(joinPath('/k', '/abs')).toBe('/abs');
  });

  it('reads own files before mounts, longest mount first, and implies directories', () => {
    const fs = new SandboxFs(
      [['/w/a.c', b('own')]],
      [
        {
          at: '/',
          source: new MapFileSource([
            ['/w/a.c', b('host')],
            ['/usr/x.h', b('root')],
          ]),
        },
        { at: '/usr', source: new MapFileSource([['/x.h', b('usr')]]) },
      ],
    );
    expect(new TextDecoder().decode(fs.read('/w/a.c')!)).toBe('own');
    expect(new TextDecoder().decode(fs.read('/usr/x.h')!)).toBe('usr');
    expect(fs.kind('/w')).toBe('directory');
    expect(fs.kind('/usr')).toBe('directory');
    expect(fs.kind('/nope')).toBe('missing');
  });

  it('reports written files and hides unlinked mount files', () => {
    const fs = new SandboxFs([], [{ at: '/m', source: new MapFileSource([['/f', b('x')]]) }]);
    fs.write('/out/o.o', b('obj'));
    expect([...fs.written().keys()]).toEqual(['/out/o.o']);
    expect(fs.unlink('/m/f')).toBe(true);
    expect(fs.kind('/m/f')).toBe('missing');
    expect(fs.unlink('/m/f')).toBe(false);
    expect(fs.deleted()).toEqual(['/m/f']);
  });
});
