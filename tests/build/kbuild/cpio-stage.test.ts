// The initramfs stage on the mini fixture: the archive matches the list (GNU cpio reads it),
// only user-side changes repack it, and list problems are located at their line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { copyFixture, editFile, recordingRunner, removeCopies } from './support/fixture.ts';
import { tccToolchain } from './support/toolchains.ts';

const ok = oracleAvailable('cpio');

async function build(tree: string, out: string) {
  const r = recordingRunner(tree, out, await tccToolchain(tree), 'tcc');
  return { res: await r.runner.build(), lines: r.lines.map((l) => l.trim().replace(/\s+/, ' ')) };
}

// The list with the kernel's symbol table in /boot, as kernel/usr/initramfs_list has it.
function withSystemMap(list: string): string {
  return `${list}dir /boot 0755 0 0\nfile /boot/System.map System.map 0444 0 0\n`;
}

// boot/System.map as packed in the built initramfs (extracted by GNU cpio).
function packedSystemMap(out: string): string {
  return execFileSync('cpio', ['-i', '--quiet', '--to-stdout', 'boot/System.map'], {
    input: readFileSync(join(out, 'usr/initramfs.cpio')),
    encoding: 'utf8',
  });
}

describe.skipIf(!ok)('initramfs stage', () => {
  it('packs the list in order with sources from the output, and data files from the tree', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'usr/initramfs_list', (t) => `${t}file /etc/motd usr/motd 0644 0 0\n`);
    execFileSync('sh', ['-c', `echo welcome > ${join(tree, 'usr/motd')}`]);
    const { res } = await build(tree, out);
    expect(res.diagnostics).toEqual([]);
    const names = execFileSync('cpio', ['-it', '--quiet', '-F', join(out, 'usr/initramfs.cpio')], {
      encoding: 'utf8',
    });
    expect(names.split('\n').filter(Boolean)).toEqual([
      'bin',
      'dev',
      'dev/console',
      'bin/hello',
      'bin/two',
      'init',
      'etc/motd',
    ]);
    // A data file of the list is an input too.
    execFileSync('sh', ['-c', `echo hello > ${join(tree, 'usr/motd')}`]);
    expect((await build(tree, out)).lines).toEqual(['CPIO usr/initramfs.cpio']);
  });

  it('repacks after a kernel-only relink that changes System.map, and never after a no-op build', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'usr/initramfs_list', withSystemMap);
    expect((await build(tree, out)).res.diagnostics).toEqual([]);
    expect(packedSystemMap(out)).toBe(readFileSync(join(out, 'System.map'), 'utf8'));
    expect((await build(tree, out)).lines).toEqual([]);
    // A new kernel function relinks vmlinux and adds a line to System.map: the cpio follows.
    editFile(tree, 'kernel/sys_ni.c', (t) => `${t}\nlong sys_extra(void)\n{\n\treturn 1;\n}\n`);
    const { lines } = await build(tree, out);
    expect(lines).toContain('SYSMAP System.map');
    expect(lines.at(-1)).toBe('CPIO usr/initramfs.cpio');
    expect(packedSystemMap(out)).toMatch(/ T sys_extra\n/);
    expect(packedSystemMap(out)).toBe(readFileSync(join(out, 'System.map'), 'utf8'));
    expect((await build(tree, out)).lines).toEqual([]);
  });

  it('does not pack an old System.map when vmlinux fails to link', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'usr/initramfs_list', withSystemMap);
    expect((await build(tree, out)).res.diagnostics).toEqual([]);
    editFile(
      tree,
      'kernel/sys_ni.c',
      (t) => `${t}\nlong sys_ghost(void);\nlong f(void) { return sys_ghost(); }\n`,
    );
    const { res } = await build(tree, out);
    expect(res.diagnostics.find((d) => d.stage === 'cpio')).toEqual({
      file: 'usr/initramfs_list',
      line: 9,
      severity: 'error',
      message: 'System.map was not built (see the errors above)',
      stage: 'cpio',
    });
    expect(existsSync(join(out, 'System.map'))).toBe(false);
  });

  it('says to build the kernel first when a user-only build finds no System.map', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'usr/initramfs_list', withSystemMap);
    const r = recordingRunner(tree, out, await tccToolchain(tree), 'tcc');
    const res = await r.runner.build('user');
    expect(res.diagnostics).toEqual([
      {
        file: 'usr/initramfs_list',
        line: 9,
        severity: 'error',
        message:
          "cannot open 'System.map': it is made by linking vmlinux, so build the kernel first",
        stage: 'cpio',
      },
    ]);
    expect((await r.runner.build()).diagnostics).toEqual([]);
  });

  it('locates a malformed line and a source that exists nowhere', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'usr/initramfs_list', (t) => `${t}file /bin/x 0755 0 0\n`);
    let { res } = await build(tree, out);
    expect(res.diagnostics).toEqual([
      {
        file: 'usr/initramfs_list',
        line: 8,
        severity: 'error',
        message: "wrong number of fields for 'file'",
        stage: 'cpio',
      },
    ]);
    editFile(tree, 'usr/initramfs_list', (t) =>
      t.replace('file /bin/x 0755 0 0', 'file /bin/x usr/bin/nope 0755 0 0'),
    );
    ({ res } = await build(tree, out));
    expect(res.diagnostics).toEqual([
      {
        file: 'usr/initramfs_list',
        line: 8,
        severity: 'error',
        message: "cannot open 'usr/bin/nope'",
        stage: 'cpio',
      },
    ]);
  });

  it('says a listed program was not built when its compile failed', async () => {
    const { tree, out } = copyFixture('mini');
    editFile(tree, 'usr/bin/hello.c', (t) => t.replace('return 0;', 'return zero;'));
    const { res } = await build(tree, out);
    expect(res.diagnostics.find((d) => d.stage === 'cpio')).toEqual({
      file: 'usr/initramfs_list',
      line: 5,
      severity: 'error',
      message: 'usr/bin/hello was not built (see the errors above)',
      stage: 'cpio',
    });
  });
});

afterAll(removeCopies);
