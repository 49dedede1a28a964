// The initramfs packer: golden bytes made by the tree's own usr/gen_init_cpio.c, the list parser's
// located errors, the reader on single and concatenated archives, and (oracles) the same bytes as
// a freshly compiled gen_init_cpio on random lists, and GNU cpio reading our archives.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CpioFormatError,
  packNewc,
  parseCpioList,
  readNewc,
  unpackedView,
  S_IFCHR,
  S_IFDIR,
  S_IFLNK,
  S_IFREG,
} from '../../../build/cpio/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { run, runStatus, tempDir } from '../link/helpers.ts';

const DATA = fileURLToPath(new URL('./testdata/', import.meta.url));
const readFrom = (dir: string) => (src: string) => {
  try {
    return new Uint8Array(readFileSync(join(dir, src)));
  } catch {
    return null;
  }
};
const smallList = () =>
  parseCpioList('small.list', readFileSync(join(DATA, 'small.list'), 'utf8'), readFrom(DATA));

describe('newc writer and list parser', () => {
  it('packs small.list byte for byte like usr/gen_init_cpio.c', () => {
    expect(Buffer.from(packNewc(smallList())).equals(readFileSync(join(DATA, 'small.cpio')))).toBe(
      true,
    );
  });

  it('reads back every record with its type, ids, device numbers and data', () => {
    const recs = readNewc(packNewc(smallList()));
    expect(recs.map((r) => r.name)).toEqual([
      'dev',
      'dev/console',
      'dev/sda',
      'sbin',
      'sbin/init',
      'hello.txt',
      'empty',
      'three',
      'bin',
      'tmp',
    ]);
    expect(recs[0]).toMatchObject({ mode: S_IFDIR | 0o755, nlink: 2, ino: 721 });
    expect(recs[1]).toMatchObject({ mode: S_IFCHR | 0o600, rdevMajor: 5, rdevMinor: 1, nlink: 1 });
    expect(recs[5]).toMatchObject({ mode: S_IFREG | 0o644, uid: 1000, gid: 1000 });
    expect(new TextDecoder().decode(recs[5].data)).toBe('hello\n');
    expect(recs[8]).toMatchObject({ mode: S_IFLNK | 0o777 });
    expect(new TextDecoder().decode(recs[8].data)).toBe('root/sbin');
    expect(recs[9].mode).toBe(S_IFDIR | 0o1777);
  });

  it('reads concatenated archives, later names winning', () => {
    const a = packNewc([
      {
        kind: 'file',
        name: '/etc/motd',
        mode: 0o644,
        uid: 0,
        gid: 0,
        data: new TextEncoder().encode('old'),
      },
    ]);
    const b = packNewc([
      {
        kind: 'file',
        name: 'etc/motd',
        mode: 0o600,
        uid: 0,
        gid: 0,
        data: new TextEncoder().encode('new!'),
      },
      { kind: 'pipe', name: 'fifo', mode: 0o644, uid: 0, gid: 0 },
    ]);
    const both = new Uint8Array([...a, ...b]);
    const recs = readNewc(both);
    expect(recs.map((r) => [r.name, r.archive])).toEqual([
      ['etc/motd', 0],
      ['etc/motd', 1],
      ['fifo', 1],
    ]);
    expect(new TextDecoder().decode(unpackedView(recs).get('etc/motd')!.data)).toBe('new!');
  });

  it('locates list errors at list:line with gen_init_cpio wording', () => {
    const err = (text: string) => {
      try {
        parseCpioList('l', text, () => null);
      } catch (e) {
        return (e as Error & { located: string }).located;
      }
      return 'no error';
    };
    expect(err('dir /a 0755 0 0\nfile /b nope 0644 0 0\n')).toBe("l:2: cannot open 'nope'");
    expect(err('\n\ndir /a 0758 0 0')).toBe('l:3: bad mode');
    expect(err('nod /n 0600 0 0 x 1 1')).toBe("l:1: device type must be c or b, not 'x'");
    expect(err('dir /a 0755 0')).toBe("l:1: wrong number of fields for 'dir'");
    expect(err('link a b')).toBe("l:1: unknown entry type 'link' (dir, file, nod or slink)");
  });

  it('rejects malformed archives with the byte offset', () => {
    const good = packNewc(smallList());
    const bad = good.slice();
    bad[200] = 0x5a; // inside the second header
    expect(() => readNewc(bad)).toThrow(CpioFormatError);
    expect(() => readNewc(good.slice(0, 300))).toThrow(/runs past the end|truncated/);
    expect(() => readNewc(new TextEncoder().encode('070707' + '0'.repeat(200)))).toThrow(
      /bad magic/,
    );
  });
});

describe.skipIf(!oracleAvailable('gcc', 'cpio'))('newc vs gen_init_cpio and GNU cpio', () => {
  it('matches a compiled usr/gen_init_cpio.c on random lists', () => {
    const dir = tempDir('cpio');
    const tool = join(dir, 'gen_init_cpio');
    run('gcc', [
      '-O1',
      '-o',
      tool,
      fileURLToPath(new URL('../../../kernel/usr/gen_init_cpio.c', import.meta.url)),
    ]);
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 20; round++) {
      const lines: string[] = [];
      for (let i = 0; i < 30; i++) {
        const name = `/d${round}/n${i}${'x'.repeat(rand(7))}`;
        const mode = (rand(0o7777) | 0o400).toString(8).padStart(4, '0');
        const kind = rand(4);
        if (kind === 0) lines.push(`dir ${name} ${mode} ${rand(3)} ${rand(3)}`);
        else if (kind === 1)
          lines.push(`nod ${name} ${mode} 0 0 ${rand(2) ? 'c' : 'b'} ${rand(256)} ${rand(256)}`);
        else if (kind === 2) lines.push(`slink ${name} ${'t'.repeat(1 + rand(9))} 0777 0 0`);
        else {
          const src = `f${round}_${i}`;
          writeFileSync(join(dir, src), Buffer.alloc(rand(40), rand(256)));
          lines.push(`file ${name} ${src} ${mode} 0 0`);
        }
      }
      writeFileSync(join(dir, 'list'), lines.join('\n') + '\n');
      const theirs = Buffer.from(run('sh', ['-c', `"${tool}" list | base64 -w0`], dir), 'base64');
      const ours = packNewc(parseCpioList('list', lines.join('\n'), readFrom(dir)));
      expect(Buffer.from(ours).equals(theirs)).toBe(true);
    }
  });

  it('is listed and extracted by GNU cpio with the same names, modes and contents', () => {
    const dir = tempDir('cpiox');
    const archive = join(dir, 'a.cpio');
    writeFileSync(archive, packNewc(smallList()));
    const names = run('sh', ['-c', `cpio -it -H newc < "${archive}"`])
      .trim()
      .split('\n');
    expect(names).toEqual(readNewc(packNewc(smallList())).map((r) => r.name));
    const listing = run('sh', ['-c', `cpio -itv -H newc < "${archive}"`]);
    expect(listing).toMatch(/crw------- +1 root +root +5, +1 .* dev\/console/);
    expect(listing).toMatch(/lrwxrwxrwx .* bin -> root\/sbin/);
    const out = join(dir, 'x');
    mkdirSync(out);
    const r = runStatus(
      'sh',
      [
        '-c',
        `cpio -id --no-absolute-filenames -H newc sbin/init hello.txt three empty < "${archive}"`,
      ],
      out,
    );
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'sbin/init'), 'utf8')).toBe('#!/bin/sh\necho init\n');
    expect(readFileSync(join(out, 'three'), 'utf8')).toBe('abc');
    const modes = run('stat', ['-c', '%a %n', 'sbin/init', 'hello.txt', 'three', 'empty'], out)
      .trim()
      .split('\n');
    expect(modes).toEqual(['755 sbin/init', '644 hello.txt', '444 three', '600 empty']);
  });
});
