// The userland built by tcc.wasm through `syscall-lab cc` (build/cli/cc.ts) and linked by our
// linker, run natively as i386: the libc suite must print what the glibc build prints, and the
// programs must behave as their gcc builds do.

import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { diffCases, parseCases } from './support/compare.ts';
import { buildTccSysroot, cc, programSources, tccWasmAvailable } from './support/tcc-sysroot.ts';
import { buildGlibc, buildUserTree, makeList, run, type UserTree } from './support/tree.ts';

const SUITE = fileURLToPath(new URL('./c', import.meta.url));

const ok = oracleAvailable('gcc', 'make', 'ar') && (await tccWasmAvailable());

describe.skipIf(!ok)('userland built by tcc.wasm (syscall-lab cc) and our linker', () => {
  let tree: UserTree;
  let sysroot: string;

  beforeAll(async () => {
    tree = buildUserTree();
    // A second tree root whose usr/lib holds the tcc-built crt0.o and libc.a.
    sysroot = await buildTccSysroot(tree, path.join(tree.scratch, 'tcc-root'));
  });

  it('the libc suite prints what the glibc build prints', async () => {
    let total = 0;
    for (const file of readdirSync(SUITE).filter((f) => f.endsWith('.c'))) {
      const name = file.slice(0, -2);
      const src = path.join(SUITE, file);
      const ours = path.join(tree.scratch, `${name}-tcc`);
      await cc([src, '-o', ours, `--sysroot=${sysroot}`], tree.scratch);
      const oracle = buildGlibc(tree, [src], `${name}-glibc`);
      const env = { PATH: '/bin:/usr/bin', HOME: '/root', SUITE_VAR: 'present' };
      const outs = [ours, oracle].map((bin) => {
        const dir = `${bin}.d`;
        mkdirSync(dir);
        return run(bin, [dir], { env });
      });
      expect(diffCases(outs[0].stdout, outs[1].stdout), name).toEqual([]);
      expect(outs[0].code, name).toBe(outs[1].code);
      total += parseCases(outs[1].stdout).length;
    }
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('every program builds, and behaves like its gcc build', async () => {
    const out = path.join(tree.scratch, 'tcc-bin');
    mkdirSync(out);
    for (const prog of makeList(tree, 'progs-y')) {
      const srcs = programSources(tree, prog);
      await cc(
        [...srcs, '-o', path.join(out, path.basename(prog)), `--sysroot=${sysroot}`],
        tree.scratch,
      );
      const a = run(path.join(out, path.basename(prog)), ['--help']);
      const b = run(path.join(tree.root, prog), ['--help']);
      expect([a.stdout, a.code], prog).toEqual([b.stdout, b.code]);
    }
    const script =
      'echo one two | wc -w; ls / | grep -c proc; false || echo $?; cat /no/such; echo $?\n';
    const env = { PATH: out, HOME: tree.scratch };
    const tcc = run(path.join(out, 'sh'), [], { input: script, env });
    const gcc = run(path.join(tree.root, 'usr/bin/sh'), [], {
      input: script,
      env: { ...env, PATH: `${tree.root}/usr/bin` },
    });
    expect(tcc.stdout).toBe(gcc.stdout);
    expect(tcc.stdout).toMatch(/^ +2\n1\n1\n1\n$/);
  });
});
