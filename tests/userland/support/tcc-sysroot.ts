// The userland's C library built by tcc.wasm through `syscall-lab cc` (build/cli/cc.ts), as a
// "sysroot" (a tree root whose usr/lib holds crt0.o and libc.a) that cc links programs against.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCc } from '../../../build/cli/cc.ts';
import { loadTccHost } from '../../../build/tcc/node-loader.ts';
import { makeList, type UserTree } from './tree.ts';

/// tcc.wasm is built by `npm install`; like an oracle, its absence skips locally and fails in CI.
export async function tccWasmAvailable(): Promise<boolean> {
  try {
    await loadTccHost();
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw err;
    console.warn(`skipping: ${(err as Error).message}`);
    return false;
  }
}

/// `syscall-lab cc ARGS` in this process, from directory cwd; throws with its messages on failure.
export async function cc(args: string[], cwd: string): Promise<void> {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    errors.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await runCc(args, cwd);
    if (code !== 0) throw new Error(`syscall-lab cc ${args.join(' ')} failed:\n${errors.join('')}`);
  } finally {
    process.stderr.write = write;
  }
}

/// The source of a Makefile object (usr/lib/x.o -> usr/lib/x.c or .S).
function sourceOf(tree: UserTree, obj: string): string {
  const base = path.join(tree.root, obj.replace(/\.o$/, ''));
  const c = `${base}.c`;
  return readdirSync(path.dirname(base)).includes(path.basename(c)) ? c : `${base}.S`;
}

/// Builds crt-y and libc-y of `tree` with tcc.wasm into DIR/usr/lib (plus the headers); returns DIR.
export async function buildTccSysroot(tree: UserTree, dir: string): Promise<string> {
  cpSync(path.join(tree.root, 'usr/include'), path.join(dir, 'usr/include'), { recursive: true });
  cpSync(path.join(tree.root, 'arch'), path.join(dir, 'arch'), { recursive: true });
  const lib = path.join(dir, 'usr/lib');
  mkdirSync(lib, { recursive: true });
  const inc = [
    '-nostdinc',
    '-I',
    path.join(dir, 'usr/include'),
    '-I',
    path.join(dir, 'arch/x86/include'),
  ];
  const crt = makeList(tree, 'crt-y');
  const objs = makeList(tree, 'libc-y');
  await cc(['-c', ...inc, ...[...crt, ...objs].map((o) => sourceOf(tree, o))], lib);
  execFileSync('ar', ['rcs', 'libc.a', ...objs.map((o) => path.basename(o))], { cwd: lib });
  return dir;
}

/// The sources of program `prog` (P-objs when it lists them, else P.c), as absolute paths.
export function programSources(tree: UserTree, prog: string): string[] {
  const objs = makeList(tree, `${prog}-objs`);
  return (objs.length ? objs.map((o) => o.replace(/\.o$/, '')) : [prog]).map((p) =>
    path.join(tree.root, `${p}.c`),
  );
}
