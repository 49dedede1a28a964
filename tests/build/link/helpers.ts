// Shared helpers of the linker tests: temporary folders, running host tools, compiling the
// fixtures with gcc -m32 / as --32, and linking with ours (the API) or GNU ld.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { link } from '../../../build/link/index.ts';
import type { LinkOptions, LinkResult } from '../../../build/link/index.ts';

/// The fixtures folder.
export const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url));

/// A fresh temporary folder.
export function tempDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `sl-${tag}-`));
}

/// Runs a command; throws with its stderr on failure; returns stdout.
export function run(cmd: string, args: string[], cwd?: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
}

/// Runs a command that may fail; returns status and both streams.
export function runStatus(
  cmd: string,
  args: string[],
  cwd?: string,
): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    timeout: 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/// Flags for objects both linkers must lay out identically: no PIC, no unwind tables (GNU ld
/// edits .eh_frame), no CET notes; -O2 so gcc emits mergeable strings and constants.
export const GCC_FLAGS = [
  '-m32',
  '-c',
  '-O2',
  '-fno-pie',
  '-fno-pic',
  '-fno-asynchronous-unwind-tables',
  '-ffreestanding',
  '-fno-stack-protector',
  '-fcf-protection=none',
];

/// Compiles `src` (C or .S; relative paths are fixtures) into `dir`; returns the object path.
export function compile(dir: string, src: string, extra: string[] = []): string {
  const out = join(dir, src.replace(/^.*\//, '').replace(/\.[cS]$/, '.o'));
  run('gcc', [...GCC_FLAGS, ...extra, src.startsWith('/') ? src : join(TESTDATA, src), '-o', out]);
  return out;
}

/// Links with our linker through its API, reading inputs from disk.
export function ours(
  options: Omit<LinkOptions, 'inputs'> & { inputs: (string | { library: string })[] },
  scriptPath?: string,
): LinkResult {
  const inputs = options.inputs.map((i) =>
    typeof i === 'string'
      ? { name: i.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(i)) }
      : i,
  );
  const script = scriptPath
    ? { name: scriptPath.replace(/^.*\//, ''), text: readFileSync(scriptPath, 'utf8') }
    : options.script;
  return link(
    { ...options, inputs, script },
    {
      readFile: (p) => {
        try {
          return new Uint8Array(readFileSync(p));
        } catch {
          return null;
        }
      },
    },
  );
}

/// Writes our result's output to `path` (failing loudly with the diagnostics if there is none).
export function save(result: LinkResult, path: string): string {
  if (!result.output)
    throw new Error('link failed:\n' + result.diagnostics.map((d) => d.text).join('\n'));
  writeFileSync(path, result.output);
  chmodSync(path, 0o755);
  return path;
}

/// GNU ld -m elf_i386 with `args`; throws on failure.
export function gnuLd(args: string[], cwd?: string): string {
  return run('ld', ['-m', 'elf_i386', ...args], cwd);
}

/// `readelf -S` section rows as `name type addr off size flags align`.
export function sectionRows(file: string): string[] {
  return run('readelf', ['-SW', file])
    .split('\n')
    .filter((l) => /^\s+\[\s*\d+\]/.test(l))
    .map((l) =>
      l
        .replace(/^\s+\[\s*\d+\]\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/// `readelf -lW` PT_LOAD rows.
export function loadRows(file: string): string[] {
  return run('readelf', ['-lW', file])
    .split('\n')
    .filter((l) => /^\s+LOAD/.test(l))
    .map((l) => l.trim().replace(/\s+/g, ' '));
}

/// `objcopy -O binary` image of an executable.
export function flatImage(file: string): Buffer {
  const out = file + '.bin';
  run('objcopy', ['-O', 'binary', file, out]);
  return readFileSync(out);
}

/// `nm -n` of a file (C locale).
export function nm(file: string): string {
  return run('nm', ['-n', file]);
}

/// Global and local symbol values by name from `nm`, ignoring the order nm cannot fix.
export function symbolSet(file: string): string[] {
  return nm(file).split('\n').filter(Boolean).sort();
}

/// Section names by index, from `readelf -SW` (index 0, the null section, has none).
function sectionNames(file: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const l of run('readelf', ['-SW', file]).split('\n')) {
    const m = /^\s+\[\s*(\d+)\]\s+(\S*)\s+\S+\s+[0-9a-f]{8}\s/.exec(l);
    if (m) names.set(m[1], m[2]);
  }
  return names;
}

/// `readelf -sW` rows as `value size type bind visibility section name`, the section named rather
/// than numbered (UND, ABS and COM as readelf prints them), sorted: the order of the table is
/// the linker's own, and readers look symbols up by name. Catches what `nm` does not show: sizes,
/// OBJECT vs FUNC vs NOTYPE, LOCAL vs GLOBAL vs WEAK, visibility, and the section (not only the
/// section's kind) a symbol is defined in.
export function symbolRows(file: string): string[] {
  const names = sectionNames(file);
  const rows: string[] = [];
  for (const l of run('readelf', ['-sW', file]).split('\n')) {
    const m =
      /^\s*(\d+):\s+([0-9a-f]+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+(?: \[[^\]]*\])?)\s+(\S+)\s*(.*)$/.exec(
        l,
      );
    if (!m || m[1] === '0') continue;
    const [, , value, size, type, bind, vis, ndx, name] = m;
    const section = /^\d+$/.test(ndx) ? (names.get(ndx) ?? `#${ndx}`) : ndx;
    rows.push([value, size, type, bind, vis, section, name].join(' '));
  }
  return rows.sort();
}

/// Warnings readelf, objdump and nm print about a file (must be none for our outputs).
export function readelfWarnings(file: string): string {
  const tools: [string, string[]][] = [
    ['readelf', ['-a', '-W', file]],
    ['objdump', ['-d', '-x', '-G', file]],
    ['nm', ['-a', file]],
  ];
  return tools.map(([cmd, args]) => runStatus(cmd, args).stderr).join('');
}
