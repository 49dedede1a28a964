// usr/gen_init_cpio (our host tool) against GNU cpio, the oracle for the newc format.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, statSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { buildUserTree, must, type UserTree } from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make', 'cpio');

describe.skipIf(!ok)('gen_init_cpio and usr/initramfs.cpio', () => {
  let tree: UserTree;
  let gen: (list: string) => { code: number | null; stdout: Buffer; stderr: string };

  beforeAll(() => {
    tree = buildUserTree();
    gen = (list) => {
      const file = path.join(tree.scratch, 'list');
      writeFileSync(file, list);
      const r = spawnSync(path.join(tree.root, 'usr/gen_init_cpio'), [file], { cwd: tree.root });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
    };
  });

  it('holds every entry of usr/initramfs_list, as cpio lists it', () => {
    const list = readFileSync(path.join(tree.root, 'usr/initramfs_list'), 'utf8');
    const names = list
      .split('\n')
      .filter((l) => /^(dir|file|nod|slink) /.test(l))
      .map((l) => l.split(/\s+/)[1].replace(/^\//, ''));
    const listed = must('cpio', ['-it', '--quiet', '-F', 'usr/initramfs.cpio'], tree.root)
      .trim()
      .split('\n');
    expect(listed).toEqual(names);
    expect(statSync(path.join(tree.root, 'usr/initramfs.cpio')).size % 512).toBe(0);
  });

  it('round-trips files, modes, devices and links through GNU cpio', () => {
    const out = gen(
      'dir /d 0750 0 0\nfile /d/sh usr/bin/sh 0755 0 0\nslink /d/link sh 0777 0 0\nnod /d/null 0666 0 0 c 1 3\n',
    );
    expect(out.code).toBe(0);
    const dest = path.join(tree.scratch, 'unpacked');
    mkdirSync(dest);
    const r = spawnSync('cpio', ['-idm', '--quiet', '--no-absolute-filenames'], {
      cwd: dest,
      input: out.stdout,
    });
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(dest, 'd/sh'))).toEqual(
      readFileSync(path.join(tree.root, 'usr/bin/sh')),
    );
    expect(statSync(path.join(dest, 'd/sh')).mode & 0o7777).toBe(0o755);
    expect(statSync(path.join(dest, 'd')).mode & 0o7777).toBe(0o750);
    expect(readlinkSync(path.join(dest, 'd/link'))).toBe('sh');
    const verbose = spawnSync('cpio', ['-itv', '--quiet'], {
      input: out.stdout,
      encoding: 'utf8',
    }).stdout;
    expect(verbose).toMatch(/^crw-rw-rw- +1 root +root +1, +3 .* d\/null$/m);
  });

  it('is reproducible: the same list gives the same bytes', () => {
    const list = 'dir /a 0755 0 0\nfile /a/echo usr/bin/echo 0755 0 0\n';
    expect(gen(list).stdout.equals(gen(list).stdout)).toBe(true);
  });

  it('names the file and line of a bad entry', () => {
    const cases: Array<[string, RegExp]> = [
      ['dir /a 0755 0 0\nfolder /b 0755 0 0\n', /list:2: unknown entry type 'folder'/],
      ['file /x usr/no/such 0755 0 0\n', /list:1: cannot open 'usr\/no\/such'/],
      ['dir /a 07z5 0 0\n', /list:1: bad mode/],
      ['nod /n 0600 0 0 x 1 2\n', /list:1: device type must be c or b/],
      ['dir /a 0755 0\n', /list:1: wrong number of fields for 'dir'/],
    ];
    for (const [list, message] of cases) {
      const r = gen(list);
      expect(r.code, list).toBe(1);
      expect(r.stderr, list).toMatch(message);
    }
  });
});
