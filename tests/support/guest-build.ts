import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/// Root of the repository (tests/support/ is two levels down).
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/// Where built guests are cached, keyed by the hash of everything that went into them.
export const artifactsDir = join(repoRoot, 'tests/.artifacts');

/// One input file of a guest build: its name (the extension picks the tool: `.c` -> gcc -m32,
/// `.S` -> gcc -m32 (cpp + as), `.s` -> as --32, `.h`/`.inc` -> only copied for #include) and text.
export interface GuestSource {
  readonly name: string;
  readonly text: string;
}

/// What to build: the sources, the linker script and flags. Everything here feeds the cache key.
export interface GuestBuildSpec {
  /// Short label for file names and messages (`alu-flags`).
  readonly name: string;
  readonly sources: readonly GuestSource[];
  /// Text of the GNU ld script (`-T`).
  readonly linkerScript: string;
  readonly cflags?: readonly string[];
  /// Link libgcc (64-bit division helpers for C code).
  readonly libgcc?: boolean;
}

/// A built guest: the ELF file on disk and its bytes.
export interface GuestImage {
  readonly name: string;
  readonly elfPath: string;
  readonly elf: Uint8Array;
}

/// A tool rejected a guest source; located at the first `file:line[:col]:` the tool printed.
export class GuestBuildError extends Error {
  constructor(
    readonly guest: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly output: string,
  ) {
    super(`${file}:${line}:${column}: guest '${guest}' failed to build\n${firstLines(output, 12)}`);
    this.name = 'GuestBuildError';
  }
}

/// Flags every C test kernel is compiled with: freestanding i686 code, no PIC, no stack protector.
export const defaultCflags: readonly string[] = [
  '-m32',
  '-march=i686',
  '-ffreestanding',
  '-fno-pic',
  '-fno-pie',
  '-fno-stack-protector',
  '-fno-asynchronous-unwind-tables',
  '-nostdinc',
  '-O1',
  '-Wall',
];

/// The first `n` lines of a tool's output: the first diagnostics are the ones that matter.
function firstLines(text: string, n: number): string {
  const lines = text.split('\n');
  return lines.length <= n
    ? text
    : [...lines.slice(0, n), `... (${lines.length - n} more lines)`].join('\n');
}

let libgccPath: string | undefined;

async function findLibgcc(): Promise<string> {
  libgccPath ??= (await run('gcc', ['-m32', '-print-libgcc-file-name'])).stdout.trim();
  return libgccPath;
}

function cacheKey(spec: GuestBuildSpec): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([spec.sources, spec.linkerScript, spec.cflags ?? [], !!spec.libgcc]));
  return h.digest('hex').slice(0, 24);
}

/// Throws a GuestBuildError located at the first diagnostic of a failed tool run.
function located(guest: string, dir: string, err: unknown, fallbackFile: string): never {
  const e = err as { stderr?: string; stdout?: string; message?: string };
  const output = `${e.stderr ?? ''}${e.stdout ?? ''}` || String(e.message);
  const m = /^([^:\n]+):(\d+):(?:(\d+):)?/m.exec(output);
  const file = m ? join(dir, basename(m[1])) : fallbackFile;
  throw new GuestBuildError(guest, file, m ? Number(m[2]) : 0, m?.[3] ? Number(m[3]) : 0, output);
}

async function compileOne(spec: GuestBuildSpec, dir: string, src: GuestSource): Promise<string> {
  const obj = join(dir, `${src.name}.o`);
  const path = join(dir, src.name);
  const includeDir = ['-I', dir, '-isystem', await gccIncludeDir()];
  const args = src.name.endsWith('.s')
    ? ['as', ['--32', '-o', obj, path]]
    : ['gcc', [...defaultCflags, ...(spec.cflags ?? []), ...includeDir, '-c', '-o', obj, path]];
  try {
    await run(args[0] as string, args[1] as string[]);
  } catch (err) {
    located(spec.name, dir, err, path);
  }
  return obj;
}

let gccInclude: string | undefined;

/// gcc's own freestanding headers (stdarg.h, stdint.h) without the host libc's.
async function gccIncludeDir(): Promise<string> {
  gccInclude ??= join((await run('gcc', ['-m32', '-print-file-name=include'])).stdout.trim());
  return gccInclude;
}

/// Builds (or takes from the cache) a guest ELF. Concurrent builders of the same key are safe:
/// each builds in a private directory and the first to rename it into place wins.
export async function buildGuest(spec: GuestBuildSpec): Promise<GuestImage> {
  const key = cacheKey(spec);
  const final = join(artifactsDir, 'guest', `${spec.name}-${key}`);
  const elfName = `${spec.name}.elf`;
  if (!existsSync(join(final, elfName))) {
    const tmp = `${final}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(tmp, { recursive: true });
    for (const s of spec.sources) writeFileSync(join(tmp, s.name), s.text);
    writeFileSync(join(tmp, 'link.ld'), spec.linkerScript);
    const compiled = spec.sources.filter((s) => /\.(c|S|s)$/.test(s.name));
    const objs = await Promise.all(compiled.map((s) => compileOne(spec, tmp, s)));
    const libs = spec.libgcc ? [await findLibgcc()] : [];
    const ldArgs = [
      '-m',
      'elf_i386',
      '-nostdlib',
      '-z',
      'noexecstack',
      '--no-warn-rwx-segments',
      '-T',
      join(tmp, 'link.ld'),
      '-o',
    ];
    try {
      await run('ld', [...ldArgs, join(tmp, elfName), ...objs, ...libs]);
    } catch (err) {
      located(spec.name, tmp, err, join(tmp, 'link.ld'));
    }
    try {
      renameSync(tmp, final);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process won the race
    }
  }
  const elfPath = join(final, elfName);
  return { name: spec.name, elfPath, elf: new Uint8Array(readFileSync(elfPath)) };
}
