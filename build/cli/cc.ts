// `syscall-lab cc`: a gcc-style driver over tcc.wasm. -E preprocesses, -c compiles each source
// to an object, and with neither it compiles in memory and links a static i386 program against
// the kernel tree's own libc (usr/lib/crt0.o + usr/lib/libc.a) and libtcc1.a with our linker.
// Without -nostdinc, programs see the tree's userland headers (usr/include, arch/x86/include)
// and tcc's own, never the host's. Usage: syscall-lab cc [options] FILE...

import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocatedError } from '../elf/errors.ts';
import type { LibraryRef, LinkInput } from '../link/index.ts';
import { TCC_DIR } from '../tcc/host.ts';
import { CcUsageError, parseCcArgs, type CcInput, type CcPlan } from './cc-args.ts';
import { linkUserProgram } from './cc-link.ts';
import { absolutize, invokeTcc, printDiagnostics, relativize } from './tcc-invoke.ts';

/// Flags accepted without a note: the contract's (-O*, -m32, -static, -ffreestanding), GCC's
/// warning and code-generation switches that change nothing a tcc build relies on, and harmless
/// assembler/linker hardening options. Anything else ignored (-mregparm, other -Wl,...) is noted,
/// because it may change the ABI or the link.
const QUIET =
  /^(-O.*|-m32|-static|-no-pie|-f[a-z0-9-]+|-march=.*|-mtune=.*|-mno-[a-z0-9-]+|-W[a-z-]+|-Wa,--noexecstack|-Wl,--build-id=none|-Wl,-z,noexecstack)$/;

/// The tree whose userland programs link against: --sysroot, $SYSCALL_LAB_SYSROOT, or kernel/.
function sysrootOf(plan: CcPlan, cwd: string): string {
  const dir =
    plan.sysroot ??
    process.env.SYSCALL_LAB_SYSROOT ??
    fileURLToPath(new URL('../../kernel', import.meta.url));
  return absolutize(cwd, dir);
}

/// tcc flags for one compile: include paths made absolute, the system include set chosen.
function tccFlagsFor(plan: CcPlan, cwd: string): string[] {
  const flags: string[] = ['-nostdinc'];
  for (let i = 0; i < plan.tccFlags.length; i++) {
    const f = plan.tccFlags[i];
    flags.push(f);
    if (f === '-I' || f === '-include') flags.push(absolutize(cwd, plan.tccFlags[++i]));
  }
  if (!plan.nostdinc) {
    const root = sysrootOf(plan, cwd);
    flags.push(
      '-I',
      path.join(root, 'usr/include'),
      '-I',
      path.join(root, 'arch/x86/include'),
      '-I',
      `${TCC_DIR}/include`,
    );
  }
  return flags;
}

function objectName(src: string): string {
  return path.basename(src).replace(/\.[csS]$/, '.o');
}

async function compileOne(plan: CcPlan, cwd: string, src: string, out: string, toHost: boolean) {
  const args = [...tccFlagsFor(plan, cwd), '-c', absolutize(cwd, src), '-o', absolutize(cwd, out)];
  if (plan.deps) {
    const dep = plan.depFile ?? out.replace(/\.o$/, '') + '.d';
    args.push('-MD', '-MF', absolutize(cwd, dep));
  }
  if (plan.verbose) process.stderr.write(`tcc ${args.join(' ')}\n`);
  const r = await invokeTcc({ args, cwd, writeToHost: toHost });
  printDiagnostics(r.diagnostics);
  if (!r.ok && r.diagnostics.length === 0)
    process.stderr.write(r.run.stderr || `cc: tcc exited ${r.run.exitCode}\n`);
  return r;
}

function sources(plan: CcPlan) {
  return plan.inputs.filter((i): i is Extract<CcInput, { kind: 'source' }> => i.kind === 'source');
}

async function compileAll(plan: CcPlan, cwd: string): Promise<number> {
  const srcs = sources(plan);
  if (plan.output && srcs.length > 1)
    throw new CcUsageError("cannot specify '-o' with '-c' and multiple files");
  let status = 0;
  for (const s of srcs) {
    const r = await compileOne(plan, cwd, s.path, plan.output ?? objectName(s.path), true);
    if (!r.ok) status = 1;
  }
  return status;
}

async function preprocess(plan: CcPlan, cwd: string): Promise<number> {
  let status = 0;
  for (const s of sources(plan)) {
    const args = [...tccFlagsFor(plan, cwd), '-E', absolutize(cwd, s.path)];
    const r = await invokeTcc({ args, cwd, writeToHost: false });
    printDiagnostics(r.diagnostics);
    if (!r.ok) status = 1;
    const text = r.run.stdout.split(`${cwd}/`).join('');
    if (plan.output) writeFileSync(absolutize(cwd, plan.output), text);
    else process.stdout.write(text);
  }
  return status;
}

async function compileAndLink(plan: CcPlan, cwd: string): Promise<number> {
  const inputs: (LinkInput | LibraryRef)[] = [];
  for (const input of plan.inputs) {
    if (input.kind === 'library') inputs.push({ library: input.name });
    else if (input.kind === 'object')
      inputs.push({ name: input.path, bytes: readInput(cwd, input.path) });
    else {
      const tmp = `/tmp/syscall-lab-cc/${process.pid}/${objectName(input.path)}`;
      const r = await compileOne(plan, cwd, input.path, tmp, false);
      if (!r.ok) return 1;
      inputs.push({ name: objectName(input.path), bytes: r.run.outputs.get(tmp)! });
    }
  }
  const output = plan.output ?? 'a.out';
  const libraryPaths = plan.libraryPaths.map((p) => absolutize(cwd, p));
  const result = linkUserProgram({
    inputs,
    libraryPaths,
    sysroot: sysrootOf(plan, cwd),
    nostdlib: plan.nostdlib,
    outputName: output,
  });
  for (const d of result.diagnostics) process.stderr.write(`ld: ${relativize(cwd, d.text)}\n`);
  if (!result.ok || !result.output) return 1;
  const file = absolutize(cwd, output);
  writeFileSync(file, result.output);
  chmodSync(file, 0o755);
  return 0;
}

function readInput(cwd: string, file: string): Uint8Array {
  try {
    return readFileSync(absolutize(cwd, file));
  } catch {
    throw new CcUsageError(`${file}: No such file or directory`);
  }
}

/// Entry point: returns the exit status (0 ok, 1 compile/link error or bad usage).
export function main(argv: string[]): Promise<number> {
  return runCc(argv, process.cwd());
}

/// `main` with an explicit working directory (relative paths resolve against it).
export async function runCc(argv: readonly string[], cwd: string): Promise<number> {
  try {
    const plan = parseCcArgs(argv);
    const noted = plan.ignored.filter((f) => !QUIET.test(f));
    if (noted.length > 0) process.stderr.write(`cc: note: ignored with tcc: ${noted.join(' ')}\n`);
    if (plan.mode === 'assembly') {
      throw new CcUsageError(
        "'-S' is not available: tcc has no assembly output; compile with -c and read it with `syscall-lab objdump -d`",
      );
    }
    if (plan.mode === 'preprocess') return await preprocess(plan, cwd);
    if (plan.mode === 'compile') return await compileAll(plan, cwd);
    return await compileAndLink(plan, cwd);
  } catch (err) {
    if (!(err instanceof LocatedError)) throw err;
    process.stderr.write(
      err instanceof CcUsageError ? `cc: error: ${err.message}\n` : `cc: ${err.located}\n`,
    );
    return 1;
  }
}
