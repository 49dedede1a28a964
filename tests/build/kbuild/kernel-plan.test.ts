// The build plan from the tree's Makefiles, on in-memory trees: order, flags, and a located error
// for every malformed tree (missing directory, Makefile or source; directory loop; bad entries).
import { describe, expect, it } from 'vitest';
import { MakefileError, TreeError } from '../../../build/kbuild/errors.ts';
import { planKernel } from '../../../build/kbuild/kernel-plan.ts';
import { MemoryBuildFs } from '../../../build/kbuild/memory-build-fs.ts';
import { KbuildRunner } from '../../../build/kbuild/runner.ts';

const ROOT = [
  'head-y := arch/head.o',
  'init-y := init/',
  'core-y := kernel/',
  'LINUXINCLUDE := -Iinclude',
  'KBUILD_CPPFLAGS := -D__KERNEL__',
  'KBUILD_AFLAGS := -D__ASSEMBLY__',
  'KBUILD_CFLAGS := -O2',
  'KBUILD_LDS := arch/vmlinux.lds',
].join('\n');

function tree(extra: Record<string, string> = {}, root = ROOT): MemoryBuildFs {
  return new MemoryBuildFs({
    '/t/Makefile': root,
    '/t/arch/head.S': '',
    '/t/arch/vmlinux.lds': '',
    '/t/init/Makefile': 'obj-y := main.o\n',
    '/t/init/main.c': '',
    '/t/kernel/Makefile': 'obj-y := a.o sub/ b.o\nAFLAGS_b.o := -DB\n',
    '/t/kernel/a.c': '',
    '/t/kernel/b.S': '',
    '/t/kernel/sub/Makefile': 'obj-y := c.o\n',
    '/t/kernel/sub/c.c': '',
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`/t/${k}`, v])),
  });
}

async function planError(fs: MemoryBuildFs): Promise<TreeError> {
  try {
    await planKernel({ fs, tree: '/t', family: 'tcc' });
  } catch (e) {
    expect(e).toBeInstanceOf(TreeError);
    return e as TreeError;
  }
  throw new Error('expected a TreeError');
}

describe('kernel plan', () => {
  it('orders objects and links like Kbuild and picks the flags per compiler', async () => {
    const plan = await planKernel({ fs: tree(), tree: '/t', family: 'tcc' });
    expect(plan.compiles.map((c) => c.object)).toEqual([
      'arch/head.o',
      'init/main.o',
      'kernel/a.o',
      'kernel/sub/c.o',
      'kernel/b.o',
    ]);
    expect(plan.dirs.map((d) => [d.output, d.inputs])).toEqual([
      ['init/built-in.o', ['init/main.o']],
      ['kernel/sub/built-in.o', ['kernel/sub/c.o']],
      ['kernel/built-in.o', ['kernel/a.o', 'kernel/sub/built-in.o', 'kernel/b.o']],
    ]);
    expect(plan.vmlinuxInputs).toEqual(['arch/head.o', 'init/built-in.o', 'kernel/built-in.o']);
    const flags = Object.fromEntries(plan.compiles.map((c) => [c.object, c.flags.join(' ')]));
    expect(flags['init/main.o']).toBe('-nostdinc -Iinclude -D__KERNEL__ -g');
    expect(flags['kernel/b.o']).toBe('-nostdinc -Iinclude -D__KERNEL__ -D__ASSEMBLY__ -DB');
    const gcc = await planKernel({ fs: tree(), tree: '/t', family: 'gcc' });
    expect(gcc.compiles[1].flags).toContain('-O2');
  });

  it('locates a missing directory at the core-y line that lists it', async () => {
    const e = await planError(tree({}, `${ROOT}\ncore-y += MyPrintK/`));
    expect(e.located).toBe("Makefile:9: directory 'MyPrintK/' does not exist");
  });

  it('says when a listed directory has no Makefile', async () => {
    const e = await planError(tree({ 'MyPrintK/MyPrintK.c': '' }, `${ROOT}\ncore-y += MyPrintK/`));
    expect(e.located).toBe("Makefile:9: 'MyPrintK/' has no Makefile (it needs one listing obj-y)");
  });

  it('locates a missing source at the obj-y line naming it', async () => {
    const e = await planError(tree({ 'kernel/Makefile': 'obj-y := a.o\nobj-y += nope.o\n' }));
    expect(e.located).toBe(
      "kernel/Makefile:2: no source for 'kernel/nope.o': neither kernel/nope.c nor kernel/nope.S exists",
    );
  });

  it('detects a directory loop', async () => {
    const e = await planError(tree({ 'kernel/sub/Makefile': 'obj-y := c.o ../\n' }));
    expect(e.located).toBe(
      'kernel/sub/Makefile:1: directory loop: kernel/ -> kernel/sub/ -> kernel/',
    );
  });

  it('stops at a directory nesting too deep (a symbolic-link loop)', async () => {
    const deep: Record<string, string> = { 'kernel/Makefile': 'obj-y := d/\n' };
    let dir = 'kernel/d';
    for (let i = 0; i < 40; i++, dir += '/d') deep[`${dir}/Makefile`] = 'obj-y := d/\n';
    const e = await planError(tree(deep));
    expect(e.message).toMatch(/nested deeper than 32 levels/);
  });

  it('refuses a runaway Makefile instead of parsing it', async () => {
    const fs = tree({ 'kernel/Makefile': `obj-y := a.o\n${'# x'.repeat(1_500_000)}\n` });
    const err = await planKernel({ fs, tree: '/t', family: 'tcc' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MakefileError);
    expect((err as MakefileError).located).toMatch(
      /^kernel\/Makefile: too large for a Makefile \(\d+ bytes\)$/,
    );
  });

  it('rejects entries of the wrong shape and a missing linker script', async () => {
    expect((await planError(tree({}, `${ROOT}\ncore-y += mm`))).message).toMatch(
      /must be a directory with a trailing/,
    );
    expect((await planError(tree({ 'kernel/Makefile': 'obj-y := a.c\n' }))).message).toMatch(
      /must be an object/,
    );
    expect(
      (await planError(tree({}, ROOT.replace('arch/vmlinux.lds', 'arch/nope.lds')))).located,
    ).toBe("Makefile:8: linker script 'arch/nope.lds' does not exist");
  });

  it('links a directory listed twice only once', async () => {
    const plan = await planKernel({
      fs: tree({}, `${ROOT}\ncore-y += kernel/`),
      tree: '/t',
      family: 'tcc',
    });
    expect(plan.vmlinuxInputs.filter((i) => i === 'kernel/built-in.o')).toHaveLength(1);
  });

  it('the runner turns tree and Makefile errors into diagnostics, not exceptions', async () => {
    const fs = tree({ 'kernel/Makefile': 'ifeq (a,b)\nobj-y := a.o\n' });
    const compiler = {
      name: 'none',
      concurrency: 1,
      command: () => '',
      compile: () => Promise.reject(new Error('unused')),
      runtimeLibrary: async () => null,
      close: async () => {},
    };
    const runner = new KbuildRunner({
      fs,
      tree: '/t',
      out: '/o',
      family: 'tcc',
      toolchain: {
        compiler,
        link: () => {
          throw new Error('unused');
        },
        pack: () => new Uint8Array(),
      },
    });
    const res = await runner.build();
    expect(res.ok).toBe(false);
    expect(res.diagnostics).toEqual([
      {
        file: 'kernel/Makefile',
        line: 1,
        column: undefined,
        severity: 'error',
        message: "missing 'endif' for this 'ifeq'",
        stage: 'makefile',
      },
    ]);
  });
});
