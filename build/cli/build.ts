// `syscall-lab build [--tree DIR] [--out DIR] [--cc builtin|gcc] [-j N]`: the Kbuild pipeline from
// the command line. Kbuild-style log on stdout, diagnostics (with source line, caret and hint) on
// stderr; exit 0 when vmlinux, System.map and the initramfs are built, 1 on build errors, 2 on
// bad usage.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDiagnostic } from '../diagnostics/index.ts';
import { LocatedError } from '../elf/errors.ts';
import type { CompilerChoice } from '../kbuild/node-toolchain.ts';
import { createNodeRunner, defaultJobs } from '../kbuild/node-toolchain.ts';

const USAGE = 'usage: syscall-lab build [--tree DIR] [--out DIR] [--cc builtin|gcc] [-j N]';

/// The repository's pristine kernel tree.
const PRISTINE = fileURLToPath(new URL('../../kernel', import.meta.url));

interface BuildArgs {
  tree: string;
  out: string;
  cc: CompilerChoice;
  jobs: number;
}

/// Where outputs go by default: beside the tree (`TREE.build`), or the gitignored `out/` of the
/// repository for the pristine kernel/, which must stay untouched.
export function defaultOut(tree: string): string {
  if (resolve(tree) === resolve(PRISTINE)) return join(dirname(PRISTINE), 'out', 'kernel.build');
  return join(dirname(resolve(tree)), `${basename(resolve(tree))}.build`);
}

/// Parses the arguments; returns an error message for bad usage.
export function parseBuildArgs(argv: readonly string[]): BuildArgs | string {
  const a: Partial<BuildArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const attached = /^-j(\d+)$/.exec(flag)?.[1];
    if (!['--tree', '--out', '--cc', '-j'].includes(flag) && attached === undefined)
      return `unknown option '${flag}'`;
    const value = attached ?? argv[++i];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--tree') a.tree = value;
    else if (flag === '--out') a.out = value;
    else if (flag === '--cc') {
      if (value !== 'builtin' && value !== 'gcc')
        return `--cc takes 'builtin' or 'gcc', not '${value}'`;
      a.cc = value;
    } else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return `-j takes a positive whole number, not '${value}'`;
      a.jobs = n;
    }
  }
  const tree = resolve(a.tree ?? PRISTINE);
  return {
    tree,
    out: resolve(a.out ?? defaultOut(tree)),
    cc: a.cc ?? 'builtin',
    jobs: a.jobs ?? defaultJobs(),
  };
}

/// Why `out` is not an acceptable output directory for `tree`, or null when it is.
export function outProblem(tree: string, out: string): string | null {
  if (resolve(out) === resolve(tree)) return '--out must not be the tree itself';
  const pristine = resolve(PRISTINE);
  if (resolve(out) === pristine || resolve(out).startsWith(`${pristine}${sep}`)) {
    return `--out must not be inside the pristine kernel tree (${pristine}); copy the tree or build elsewhere`;
  }
  return null;
}

/// Runs one build; resolves to the exit status.
export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseBuildArgs(argv);
  if (typeof args === 'string') {
    console.error(`syscall-lab build: ${args}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(args.tree)) {
    console.error(`syscall-lab build: ${args.tree}: no such directory`);
    return 2;
  }
  const problem = outProblem(args.tree, args.out);
  if (problem) {
    console.error(`syscall-lab build: ${problem}`);
    return 2;
  }
  try {
    const runner = await createNodeRunner(args);
    runner.on('log', (e) => console.log(e.line));
    runner.on('diagnostic', (d) => console.error(renderDiagnostic(d)));
    const result = await runner.build();
    await runner.close();
    if (result.ok) console.log(`  OK      ${args.out} (${Math.round(result.ms)} ms)`);
    return result.ok ? 0 : 1;
  } catch (err) {
    if (!(err instanceof LocatedError)) throw err;
    console.error(err.located);
    return 1;
  }
}
