// The C corpus oracle: every tests/build/c-programs/*.c is built by `syscall-lab cc` (tcc.wasm
// over the tree's own headers, linked statically by our linker against the tree's libc, which
// `syscall-lab cc` built too) and, independently, by `gcc -m32` against the host's glibc. Both
// run natively as i386; their stdout and exit status must be identical, so every printf in the
// corpus is also a test of the tree's printf (varargs, integer and floating conversions).
// The few programs that need what the tree's libc does not have are listed in LIBC_LACKS: for
// them the test checks that `syscall-lab cc` still fails for that reason (so the list cannot go
// stale), and compares tcc.wasm's code against gcc's over glibc instead.
// The tcc compiles all run in this process's one warm tcc host; the gcc builds and the runs go
// two at a time beside them, to keep CI modest.

import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostMounts } from '../../../build/cli/tcc-invoke.ts';
import { loadTccHost } from '../../../build/tcc/node-loader.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildTccSysroot, cc, tccWasmAvailable } from '../../userland/support/tcc-sysroot.ts';
import { KERNEL } from '../../userland/support/tree.ts';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const work = path.join(here, '..', '..', '.artifacts', 'c-programs');
const libtcc1 = fileURLToPath(
  new URL('../../../build/tcc/cache/tcc-root/lib/libtcc1.a', import.meta.url),
);
const programs = readdirSync(here)
  .filter((f) => f.endsWith('.c'))
  .sort();
/// Programs written out by tools/gen-families.mjs (one shape over many types); the rest are
/// written by hand, each its own program.
const generated = programs.filter((f) => f.startsWith('gen-'));

/// What the tree's libc (kernel/usr) legitimately does not offer, per program: the reason, and
/// the message `syscall-lab cc` gives for it.
const LIBC_LACKS: Record<string, { readonly reason: string; readonly symptom: RegExp }> = {
  'alloca-stack.c': {
    reason: 'no <alloca.h>: alloca is neither ISO C nor POSIX (tcc has it in libtcc1.a)',
    symptom: /include file 'alloca.h' not found/,
  },
  'float-math-functions.c': {
    reason: 'no <math.h> or libm: the userland has no floating-point library',
    symptom: /include file 'math.h' not found/,
  },
};

interface Outcome {
  readonly stdout: string;
  readonly status: number;
}

/// Runs `task` over `items` with at most `limit` in flight.
async function pool<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: limit }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(lanes);
}

async function execute(exe: string): Promise<Outcome> {
  try {
    const { stdout } = await run(exe, [], { timeout: 10_000, maxBuffer: 1 << 20, env: {} });
    return { stdout, status: 0 };
  } catch (err) {
    const e = err as { stdout?: string; code?: number | string; signal?: string };
    return { stdout: e.stdout ?? '', status: typeof e.code === 'number' ? e.code : -1 };
  }
}

/// True when gcc can build and the host can run an i386 program (multilib + IA32 execution).
function canRunI386(): boolean {
  if (!oracleAvailable('gcc', 'ar')) return false;
  mkdirSync(work, { recursive: true });
  const probe = path.join(work, 'probe');
  writeFileSync(`${probe}.c`, 'int main(void) { return sizeof(void *) == 4 ? 0 : 1; }\n');
  try {
    execFileSync('gcc', ['-m32', `${probe}.c`, '-o', probe], { stdio: 'pipe' });
    execFileSync(probe, [], { stdio: 'pipe' });
    return true;
  } catch (err) {
    const why = `gcc -m32 or running i386 programs is unavailable: ${(err as Error).message}`;
    if (process.env.CI === 'true') throw new Error(why, { cause: err });
    console.warn(`skipping: ${why}`);
    return false;
  }
}

const exe = (name: string, kind: string) => path.join(work, name.replace(/\.c$/, `.${kind}`));

/// Why `syscall-lab cc` failed on a program, by name (a failure is a test failure unless the
/// program is in LIBC_LACKS and failed for the listed reason).
const ccErrors = new Map<string, string>();
const results = new Map<string, { tcc: Outcome; gcc: Outcome }>();

/// Builds every program with `syscall-lab cc` against a tcc-built copy of the tree's libc.
async function buildWithOurDriver(): Promise<void> {
  const sysroot = await buildTccSysroot({ root: KERNEL, scratch: work }, path.join(work, 'root'));
  for (const name of programs) {
    try {
      await cc([path.join(here, name), '-o', exe(name, 'tcc'), `--sysroot=${sysroot}`], work);
    } catch (err) {
      ccErrors.set(name, (err as Error).message);
    }
  }
}

/// The fallback for LIBC_LACKS: tcc.wasm over glibc's headers, linked by gcc with glibc.
async function buildOverGlibc(name: string): Promise<void> {
  const host = await loadTccHost();
  const obj = exe(name, 'tcc.o');
  const r = host.runSync({ args: ['-c', path.join(here, name), '-o', obj], mounts: hostMounts() });
  if (r.exitCode !== 0) throw new Error(`tcc.wasm failed on ${name}:\n${r.stderr}`);
  writeFileSync(obj, r.outputs.get(obj)!);
  await run('gcc', ['-m32', obj, libtcc1, '-o', exe(name, 'tcc'), '-lm']);
}

async function buildAndRun(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // gcc builds in child processes while this process runs tcc.wasm.
  const gcc = pool(programs, 2, async (name) => {
    await run('gcc', ['-m32', '-O0', '-w', path.join(here, name), '-o', exe(name, 'gcc'), '-lm']);
  });
  await buildWithOurDriver();
  for (const name of Object.keys(LIBC_LACKS)) await buildOverGlibc(name);
  await gcc;
  await pool(programs, 2, async (name) => {
    if (ccErrors.has(name) && !LIBC_LACKS[name]) return;
    results.set(name, {
      tcc: await execute(exe(name, 'tcc')),
      gcc: await execute(exe(name, 'gcc')),
    });
  });
}

const ok = canRunI386() && (await tccWasmAvailable());

describe.skipIf(!ok)('C corpus: syscall-lab cc + our libc vs gcc -m32 + glibc, as i386', () => {
  beforeAll(buildAndRun, 300_000);

  it('has at least 200 programs written by hand, plus the generated families', () => {
    expect(programs.length - generated.length).toBeGreaterThanOrEqual(200);
    expect(generated.length).toBeGreaterThan(0);
  });

  it('lists only programs that exist, and fail with our libc for the reason given', () => {
    for (const [name, { symptom }] of Object.entries(LIBC_LACKS)) {
      expect(programs, name).toContain(name);
      expect(ccErrors.get(name), `${name} now builds against our libc`).toMatch(symptom);
    }
  });

  it.each(programs)('%s', (name) => {
    if (!LIBC_LACKS[name])
      expect(ccErrors.get(name), `syscall-lab cc failed on ${name}`).toBeUndefined();
    const r = results.get(name)!;
    expect(r.gcc.stdout.length, `${name} printed nothing under gcc`).toBeGreaterThan(0);
    expect(r.tcc).toEqual(r.gcc);
    expect(readFileSync(path.join(here, name), 'utf8')).toMatch(/printf/);
  });
});
