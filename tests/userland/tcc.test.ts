// The userland built by tcc.wasm through `syscall-lab cc` (build/cli/cc.ts) and linked by our
// linker, run natively as i386: the libc suite must print what the glibc build prints, and the
// programs must behave as their gcc builds do.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCc } from '../../build/cli/cc.ts';
import { loadTccHost } from '../../build/tcc/node-loader.ts';
import { oracleAvailable } from '../support/oracle.ts';
import { diffCases, parseCases } from './support/compare.ts';
import { buildGlibc, buildUserTree, run, type UserTree } from './support/tree.ts';

const SUITE = fileURLToPath(new URL('./c', import.meta.url));

/// tcc.wasm is built by `npm install`; like an oracle, its absence skips here and fails in CI.
async function tccWasmAvailable(): Promise<boolean> {
  try {
    await loadTccHost();
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw err;
    console.warn(`skipping: ${(err as Error).message}`);
    return false;
  }
}

const ok = oracleAvailable('gcc', 'make', 'ar') && (await tccWasmAvailable());

/// The Makefile's variable (libc-y, progs-y): data shared with the Kbuild runner.
function makeList(tree: UserTree, name: string): string[] {
  const text = readFileSync(path.join(tree.root, 'usr/Makefile'), 'utf8');
  const re = new RegExp(`^${name}\\s*[:+]?=\\s*(.*)$`, 'gm');
  return [...text.matchAll(re)].flatMap((m) => m[1].trim().split(/\s+/));
}

/// `syscall-lab cc ARGS` in this process, from directory cwd; throws with its stderr on failure.
async function cc(args: string[], cwd: string): Promise<void> {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => (
    errors.push(String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await runCc(args, cwd);
    if (code !== 0) throw new Error(`syscall-lab cc ${args.join(' ')} failed:\n${errors.join('')}`);
  } finally {
    process.stderr.write = write;
  }
}

describe.skipIf(!ok)('userland built by tcc.wasm (syscall-lab cc) and our linker', () => {
  let tree: UserTree;
  let sysroot: string;

  beforeAll(async () => {
    tree = buildUserTree();
    // A second tree root whose usr/lib holds the tcc-built crt0.o and libc.a.
    sysroot = path.join(tree.scratch, 'tcc-root');
    cpSync(path.join(tree.root, 'usr/include'), path.join(sysroot, 'usr/include'), {
      recursive: true,
    });
    cpSync(path.join(tree.root, 'arch'), path.join(sysroot, 'arch'), { recursive: true });
    const lib = path.join(sysroot, 'usr/lib');
    mkdirSync(lib);
    const inc = [
      '-nostdinc',
      '-I',
      path.join(sysroot, 'usr/include'),
      '-I',
      path.join(sysroot, 'arch/x86/include'),
    ];
    const source = (obj: string) => {
      const base = path.join(tree.root, obj.replace(/\.o$/, ''));
      const c = `${base}.c`;
      return readdirSync(path.dirname(base)).includes(path.basename(c)) ? c : `${base}.S`;
    };
    await cc(['-c', ...inc, ...makeList(tree, 'crt-y').map(source)], lib);
    const objs = makeList(tree, 'libc-y');
    await cc(['-c', ...inc, ...objs.map(source)], lib);
    execFileSync('ar', ['rcs', 'libc.a', ...objs.map((o) => path.basename(o))], { cwd: lib });
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
      const objs = makeList(tree, `${prog}-objs`);
      const srcs = (objs.length ? objs.map((o) => o.replace(/\.o$/, '')) : [prog]).map((p) =>
        path.join(tree.root, `${p}.c`),
      );
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
