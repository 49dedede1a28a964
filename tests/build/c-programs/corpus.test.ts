// The C corpus oracle: every tests/build/c-programs/*.c is compiled by tcc.wasm (-c, against the
// host's 32-bit glibc headers) and, independently, by `gcc -m32`; both are linked by gcc against
// the host's 32-bit glibc (tcc's objects with libtcc1.a) and run natively as i386. Their stdout
// and exit status must be identical. All tcc compiles run in this one process; the gcc builds
// and the runs go two at a time to keep CI modest.

import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostMounts } from '../../../build/cli/tcc-invoke.ts';
import { loadTccHost } from '../../../build/tcc/node-loader.ts';
import { oracleAvailable } from '../../support/oracle.ts';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const work = path.join(here, '..', '..', '.artifacts', 'c-programs');
const libtcc1 = fileURLToPath(
  new URL('../../../build/tcc/cache/tcc-root/lib/libtcc1.a', import.meta.url),
);
const programs = readdirSync(here)
  .filter((f) => f.endsWith('.c'))
  .sort();

interface Outcome {
  readonly stdout: string;
  readonly status: number;
}

/// Runs `tasks` with at most `limit` in flight.
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
    const { stdout } = await run(exe, [], { timeout: 10_000, maxBuffer: 1 << 20 });
    return { stdout, status: 0 };
  } catch (err) {
    const e = err as { stdout?: string; code?: number | string; signal?: string };
    return { stdout: e.stdout ?? '', status: typeof e.code === 'number' ? e.code : -1 };
  }
}

/// True when gcc can build and the host can run an i386 program (multilib + IA32 execution).
function canRunI386(): boolean {
  if (!oracleAvailable('gcc')) return false;
  mkdirSync(work, { recursive: true });
  const probe = path.join(work, 'probe');
  writeFileSync(`${probe}.c`, 'int main(void) { return sizeof(void *) == 4 ? 0 : 1; }\n');
  try {
    execFileSyncChecked('gcc', ['-m32', `${probe}.c`, '-o', probe]);
    execFileSyncChecked(probe, []);
    return true;
  } catch (err) {
    const why = `gcc -m32 or running i386 programs is unavailable: ${(err as Error).message}`;
    if (process.env.CI === 'true') throw new Error(why, { cause: err });
    console.warn(`skipping: ${why}`);
    return false;
  }
}

function execFileSyncChecked(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: 'pipe' });
}

const tccCompileErrors = new Map<string, string>();
const results = new Map<string, { tcc: Outcome; gcc: Outcome }>();

async function buildAndRun(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const host = await loadTccHost();
  const mounts = hostMounts();
  for (const name of programs) {
    const src = path.join(here, name);
    const obj = path.join(work, name.replace(/\.c$/, '.tcc.o'));
    const r = host.runSync({ args: ['-c', src, '-o', obj], mounts });
    if (r.exitCode !== 0) tccCompileErrors.set(name, r.stderr);
    else writeFileSync(obj, r.outputs.get(obj)!);
  }
  await pool(programs, 2, async (name) => {
    const base = path.join(work, name.replace(/\.c$/, ''));
    await run('gcc', ['-m32', '-O0', '-w', path.join(here, name), '-o', `${base}.gcc`, '-lm']);
    if (tccCompileErrors.has(name)) return;
    await run('gcc', ['-m32', `${base}.tcc.o`, libtcc1, '-o', `${base}.tcc`, '-lm']);
    results.set(name, { tcc: await execute(`${base}.tcc`), gcc: await execute(`${base}.gcc`) });
  });
}

describe.skipIf(!canRunI386())('C corpus: tcc.wasm vs gcc -m32, run natively as i386', () => {
  beforeAll(buildAndRun, 300_000);

  it('has at least 200 programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(200);
  });

  it.each(programs)('%s', (name) => {
    expect(tccCompileErrors.get(name), `tcc.wasm failed to compile ${name}`).toBeUndefined();
    const r = results.get(name)!;
    expect(r.gcc.stdout.length, `${name} printed nothing under gcc`).toBeGreaterThan(0);
    expect(r.tcc).toEqual(r.gcc);
    expect(readFileSync(path.join(here, name), 'utf8')).toMatch(/printf/);
  });
});
