// Building the teaching kernel (kernel/) and its test programs with the host's GNU tools, for the
// tests in tests/kernel/: a private copy of the tree built with `make CC=gcc`, static i386 test
// programs built outside the tree, and initramfs archives packed by GNU cpio (newc).

import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/// The repository root (tests/support/ is two levels down).
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/// The pristine kernel tree the learner starts from.
export const kernelTree = join(repoRoot, 'kernel');

/// The test programs' sources (own `_start`, raw `int $0x80`, see programs/sys.h).
export const programsDir = join(repoRoot, 'tests/kernel/programs');

/// gcc flags for a static i386 program built outside the tree, as a learner would on Linux.
export const programCflags: readonly string[] = [
  '-m32',
  '-static',
  '-nostdlib',
  '-ffreestanding',
  '-fno-pic',
  '-no-pie',
  '-fno-stack-protector',
  '-O1',
  '-Wl,--build-id=none',
];

/// The result of `make` in a kernel tree: never thrown, so tests can check a failing build's log.
export interface KernelBuild {
  /// The tree that was built.
  readonly dir: string;
  readonly ok: boolean;
  /// make's stdout and stderr, interleaved as far as the pipes allow.
  readonly log: string;
  readonly vmlinux: string;
  readonly systemMap: string;
}

/// A scratch directory removed by `dispose()`.
export interface Scratch {
  readonly dir: string;
  dispose(): void;
}

/// Makes a scratch directory under the OS temp folder.
export function scratch(label: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `syscall-lab-${label}-`));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/// Copies the kernel tree into `dest` without build products (objects, vmlinux, usr outputs).
export function copyKernelTree(dest: string): string {
  const skip = /\.(o|d|a|cmd)$|\/(vmlinux|System\.map|initramfs\.cpio)$/;
  cpSync(kernelTree, dest, { recursive: true, filter: (src) => !skip.test(src) });
  return dest;
}

/// Runs `make -j2 CC=gcc` for `targets` in `dir` (the kernel alone by default: the userland
/// has its own tests). Resolves with the log whether or not make succeeded.
export function makeKernel(
  dir: string,
  targets: readonly string[] = ['vmlinux', 'System.map'],
): Promise<KernelBuild> {
  return new Promise((resolvePromise) => {
    execFile(
      'make',
      ['-C', dir, '-j2', 'CC=gcc', ...targets],
      { maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        resolvePromise({
          dir,
          ok: !error,
          log: `${stdout}${stderr}`,
          vmlinux: join(dir, 'vmlinux'),
          systemMap: join(dir, 'System.map'),
        });
      },
    );
  });
}

/// Where shared builds of the pristine kernel are cached (gitignored).
export const artifactsDir = join(repoRoot, 'tests/.artifacts');

/// Feeds every kernel source file (not the userland, not build products) into `hash`.
function hashKernelSources(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (path === join(kernelTree, 'usr') || /\.(o|d|a)$|^(vmlinux|System\.map)$/.test(name))
      continue;
    if (statSync(path).isDirectory()) hashKernelSources(path, hash);
    else hash.update(`${path.slice(kernelTree.length)}\0`).update(readFileSync(path));
  }
}

/// A short hash of the kernel sources: the key of a shared build.
function kernelSourceHash(): string {
  const hash = createHash('sha256');
  hashKernelSources(kernelTree, hash);
  return hash.digest('hex').slice(0, 16);
}

/// The pristine tree built once with `make CC=gcc` and shared by every test file (keyed by the
/// sources' hash; test files running in parallel may both build, the first rename wins).
export async function sharedKernelBuild(): Promise<KernelBuild> {
  const final = join(artifactsDir, `kernel-${kernelSourceHash()}`);
  const done = (dir: string): KernelBuild => ({
    dir,
    ok: true,
    log: '',
    vmlinux: join(dir, 'vmlinux'),
    systemMap: join(dir, 'System.map'),
  });
  if (existsSync(join(final, 'System.map'))) return done(final);
  mkdirSync(artifactsDir, { recursive: true });
  const tmp = mkdtempSync(join(artifactsDir, 'kernel-building-'));
  const build = await makeKernel(copyKernelTree(join(tmp, 'tree')));
  if (!build.ok) throw new Error(`kernel build failed:\n${build.log}`);
  try {
    renameSync(join(tmp, 'tree'), final);
  } catch {
    // another test file got there first: its build is the same
  }
  rmSync(tmp, { recursive: true, force: true });
  return done(final);
}

/// Builds test program `name` (programs/NAME.c) against the tree's own asm/unistd_32.h.
export function buildProgram(name: string, outDir: string, tree = kernelTree): string {
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, name);
  const args = [
    ...programCflags,
    `-I${join(tree, 'arch/x86/include')}`,
    '-o',
    out,
    join(programsDir, `${name}.c`),
  ];
  const r = spawnSync('gcc', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gcc ${name}.c failed:\n${r.stderr}`);
  return out;
}

/// One file of an initramfs: its path in the archive and the host file holding its bytes.
export interface InitramfsFile {
  readonly path: string;
  readonly src: string;
  readonly mode?: number;
}

/// Packs files into a newc archive with GNU cpio; parent directories are created as needed.
export function packInitramfs(files: readonly InitramfsFile[], out: string): string {
  const stage = mkdtempSync(join(tmpdir(), 'syscall-lab-initramfs-'));
  try {
    for (const f of files) {
      const dest = join(stage, f.path.replace(/^\/+/, ''));
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, readFileSync(f.src), { mode: f.mode ?? 0o755 });
    }
    const list = spawnSync('sh', ['-c', 'find . | LC_ALL=C sort'], { cwd: stage });
    const r = spawnSync('cpio', ['-o', '-H', 'newc', '--quiet'], {
      cwd: stage,
      input: list.stdout,
    });
    if (r.status !== 0) throw new Error(`cpio failed: ${r.stderr.toString()}`);
    writeFileSync(out, r.stdout);
    return out;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/// The programs a test initramfs holds, under /bin, plus the build's System.map at
/// /boot/System.map, where the kernel finds the names for Oopses and traces.
export function testInitramfs(
  build: KernelBuild,
  programs: readonly string[],
  outDir: string,
): string {
  const files: InitramfsFile[] = programs.map((p) => ({
    path: `/bin/${p}`,
    src: buildProgram(p, outDir, build.dir),
  }));
  files.push({ path: '/boot/System.map', src: build.systemMap, mode: 0o444 });
  return packInitramfs(files, join(outDir, 'initramfs.cpio'));
}

/// What a QEMU test boots: the shared build and an initramfs of `programs` in a fresh scratch
/// folder, which the caller disposes of (in its afterAll).
export interface BootFiles {
  readonly tmp: Scratch;
  readonly build: KernelBuild;
  readonly initrd: string;
}

/// The shared build of the pristine tree and a test initramfs of `programs` beside it.
export async function sharedBootFiles(
  label: string,
  programs: readonly string[],
): Promise<BootFiles> {
  const tmp = scratch(label);
  try {
    const build = await sharedKernelBuild();
    return { tmp, build, initrd: testInitramfs(build, programs, tmp.dir) };
  } catch (err) {
    tmp.dispose();
    throw err;
  }
}

/// True when this machine runs i386 Linux binaries natively (IA32 emulation in the host kernel):
/// the ABI oracle for "a static program runs the same on our kernel as on Linux".
export function hostRunsI386(binary: string): boolean {
  const r = spawnSync(binary, [], { encoding: 'utf8', timeout: 5000 });
  return r.error === undefined && r.status !== null;
}
