// The real kernel tree (kernel/): `syscall-lab build` (tcc.wasm on workers + our linker + the
// runner) builds it whole; it boots on QEMU with the same console session as the `make CC=gcc`
// build of the same tree; incremental builds redo exactly what an edit affects; and the lesson's
// acceptance story runs end to end (missing core-y explained, then the syscall called).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../build/cli/build.ts';
import { createNodeRunner } from '../../../build/kbuild/node-toolchain.ts';
import { STATE_FILE } from '../../../build/kbuild/runner.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { editFile, removeCopies } from './support/fixture.ts';
import {
  addBadPointerProgram,
  addCoreY,
  addMyPrintK,
  bootAndRun,
  comparable,
  copyKernel,
} from './support/kernel-tree.ts';

const ok = oracleAvailable('qemu-system-i386', 'gcc', 'make', 'nm');
const SESSION = ['echo hello from the shell', 'uname -a', 'ls /bin', 'cat /proc/version'];

async function cli(args: string[]): Promise<number> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return await main(args);
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe.skipIf(!ok)('the kernel tree', () => {
  it('builds with syscall-lab build (tcc.wasm, and --cc gcc) and boots like the make CC=gcc build', async () => {
    const ours = copyKernel();
    expect(await cli(['--tree', ours.tree, '--out', ours.out, '-j', '2'])).toBe(0);
    expect(readFileSync(join(ours.out, 'System.map'), 'utf8')).toMatch(/ T sys_write$/m);
    // The same filter as the tree's Makefile applies to GNU nm's view of the same vmlinux.
    const sysmap = `nm -n '${join(ours.out, 'vmlinux')}' | grep -v ' [aNUw] \\| \\.L\\| L\\.\\.'`;
    expect(readFileSync(join(ours.out, 'System.map'), 'utf8')).toBe(
      execFileSync('sh', ['-c', sysmap], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
      }),
    );
    const gcc = copyKernel();
    execFileSync('make', ['-C', gcc.tree, '-j2', 'CC=gcc'], { stdio: 'ignore' });
    const mine = await bootAndRun(
      join(ours.out, 'vmlinux'),
      join(ours.out, 'usr/initramfs.cpio'),
      SESSION,
    );
    const theirs = await bootAndRun(
      join(gcc.tree, 'vmlinux'),
      join(gcc.tree, 'usr/initramfs.cpio'),
      SESSION,
    );
    expect(mine).toContain('hello from the shell');
    expect(comparable(mine)).toBe(comparable(theirs));
    // --cc gcc: host gcc and GNU as compile, our linker links; same session again.
    const mixed = join(ours.base, 'gcc-out');
    expect(await cli(['--tree', ours.tree, '--out', mixed, '--cc', 'gcc', '-j', '2'])).toBe(0);
    const viaGcc = await bootAndRun(
      join(mixed, 'vmlinux'),
      join(mixed, 'usr/initramfs.cpio'),
      SESSION,
    );
    expect(comparable(viaGcc)).toBe(comparable(theirs));
  });

  it('rebuilds one object and relinks after a one-file edit; a header rebuilds its dependents only', async () => {
    const { tree, out } = copyKernel();
    const runner = await createNodeRunner({ tree, out, jobs: 2 });
    const lines: string[] = [];
    runner.on('log', (e) => lines.push(e.line.trim().replace(/\s+/, ' ')));
    try {
      expect((await runner.build()).ok).toBe(true);
      lines.length = 0;
      editFile(tree, 'init/main.c', (t) => `${t}\nint kbuild_test_marker;\n`);
      expect((await runner.build()).ok).toBe(true);
      expect(lines).toEqual([
        'CC init/main.o',
        'LD init/built-in.o',
        'LD vmlinux',
        'SYSMAP System.map',
        // The initramfs carries System.map (/boot/System.map), which gained a symbol.
        'CPIO usr/initramfs.cpio',
      ]);
      lines.length = 0;
      expect((await runner.build()).ok).toBe(true);
      expect(lines).toEqual([]);
      // The objects whose recorded inputs include the header are exactly the ones recompiled.
      const header = join(tree, 'include/linux/syscalls.h');
      const state = JSON.parse(readFileSync(join(out, STATE_FILE), 'utf8')) as {
        targets: Record<string, { inputs: Record<string, string> }>;
      };
      const dependents = Object.entries(state.targets)
        .filter(([, r]) => header in r.inputs)
        .map(([t]) => t)
        .sort();
      expect(dependents.length).toBeGreaterThan(0);
      lines.length = 0;
      editFile(tree, 'include/linux/syscalls.h', (t) => `${t}\n/* edited */\n`);
      expect((await runner.build()).ok).toBe(true);
      const compiled = lines
        .filter((l) => /^(CC|AS) /.test(l))
        .map((l) => l.slice(3))
        .sort();
      expect(compiled).toEqual(dependents);
      expect(compiled.length).toBeLessThan(Object.keys(state.targets).length / 2);
    } finally {
      await runner.close();
    }
  });

  it('runs the lesson: a missing core-y line is explained, then ./mykernelprint reaches printk', async () => {
    const { tree, out } = copyKernel();
    addMyPrintK(tree);
    addBadPointerProgram(tree);
    const runner = await createNodeRunner({ tree, out, jobs: 2 });
    try {
      const first = await runner.build();
      expect(first.ok).toBe(false);
      const undef = first.diagnostics.find((d) =>
        /undefined reference to .sys_MyPrintK/.test(d.message),
      );
      expect(undef).toMatchObject({ code: 'missing-core-y' });
      // entry_32.S includes the table: the reference is traced to the table's own line.
      expect(undef).toMatchObject({
        file: 'arch/x86/kernel/syscall_table_32.S',
        sourceLine: '\t.long sys_MyPrintK',
      });
      expect(first.diagnostics.find((d) => d.severity === 'note')).toMatchObject({
        file: 'Makefile',
        line: 21,
      });
      addCoreY(tree);
      const second = await runner.build();
      expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } finally {
      await runner.close();
    }
    const text = await bootAndRun(join(out, 'vmlinux'), join(out, 'usr/initramfs.cpio'), [
      './mykernelprint hello-from-the-lab',
      'dmesg',
      './badptr',
    ]);
    expect(text).toMatch(/MyPrintK returned 0/);
    expect(text.split('dmesg').at(-1)).toMatch(/hello-from-the-lab/);
    // The app-built initramfs carries the app-built System.map: the Oops names the functions.
    expect(text).toMatch(/kallsyms: \d+ symbols from \/boot\/System\.map/);
    const oops = text.split('./badptr').at(-1)!;
    expect(oops).toContain('BUG: unable to handle kernel paging request at deadbeef');
    expect(oops).toMatch(/EIP is at \w+\+0x[0-9a-f]+\/0x[0-9a-f]+/);
    expect(oops).toMatch(/Call Trace:[\s\S]*sys_MyPrintK\+0x[0-9a-f]+\/0x[0-9a-f]+/);
  });
});

afterAll(removeCopies);
