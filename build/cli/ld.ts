// `syscall-lab ld`: a GNU ld (-m elf_i386) style front end over build/link. Adapts Node's fs to
// the linker's FileAccess, prints diagnostics as `ld: ...` lines and returns ld's exit status.
import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { link } from '../link/index.ts';
import type { LibraryRef, LinkInput, LinkOptions } from '../link/index.ts';

/// Parsed command line.
interface LdArgs {
  inputs: (LinkInput | LibraryRef)[];
  output: string;
  relocatable: boolean;
  script: string | null;
  entry: string | null;
  map: string | null;
  libraryPaths: string[];
}

const USAGE =
  'usage: syscall-lab ld [-r] [-T script] [-o out] [-e entry] [-Map file] [-L dir] [-l name] [-m elf_i386] [-static] [-nostdlib] files...';
const IGNORED = new Set([
  '-static',
  '-nostdlib',
  '-Bstatic',
  '--no-dynamic-linker',
  '-N',
  '-n',
  '--build-id=none',
  '-s',
  '--gc-sections',
  '-no-pie',
  '--no-relax',
]);

class UsageError extends Error {}

function takeValue(argv: string[], i: number, flag: string): string {
  if (argv[i].length > flag.length && !argv[i].startsWith('--'))
    return argv[i].slice(flag.length).replace(/^=/, '');
  const v = argv[i + 1];
  if (v === undefined) throw new UsageError(`option '${flag}' requires an argument`);
  return v;
}

function parseArgs(argv: string[]): LdArgs {
  const a: LdArgs = {
    inputs: [],
    output: 'a.out',
    relocatable: false,
    script: null,
    entry: null,
    map: null,
    libraryPaths: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (flag: string): string => {
      const v = takeValue(argv, i, flag);
      if (argv[i] === flag || argv[i] === `-${flag}`) i++;
      return v;
    };
    if (arg === '-r' || arg === '--relocatable' || arg === '-i') a.relocatable = true;
    else if (arg === '-o' || (arg.startsWith('-o') && arg.length > 2)) a.output = value('-o');
    else if (arg === '-T' || (arg.startsWith('-T') && !arg.startsWith('-Ttext') && arg.length > 2))
      a.script = value('-T');
    else if (arg === '-e' || arg === '--entry' || (arg.startsWith('-e') && arg.length > 2))
      a.entry = value(arg === '--entry' ? '--entry' : '-e');
    else if (
      arg === '-Map' ||
      arg === '--Map' ||
      arg.startsWith('-Map=') ||
      arg.startsWith('--Map=')
    )
      a.map = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : value(arg);
    else if (arg === '-L' || (arg.startsWith('-L') && arg.length > 2))
      a.libraryPaths.push(value('-L'));
    else if (arg === '-l' || (arg.startsWith('-l') && arg.length > 2))
      a.inputs.push({ library: value('-l') });
    else if (arg === '-m' || (arg.startsWith('-m') && arg.length > 2)) {
      const m = value('-m');
      if (m !== 'elf_i386')
        throw new UsageError(`unrecognised emulation mode: ${m} (only elf_i386)`);
    } else if (IGNORED.has(arg) || arg.startsWith('-z')) {
      if (arg === '-z') i++;
    } else if (arg.startsWith('-')) throw new UsageError(`unrecognized option '${arg}'`);
    else a.inputs.push({ name: arg, bytes: new Uint8Array(0) });
  }
  if (a.inputs.length === 0) throw new UsageError('no input files');
  return a;
}

function read(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return null;
  }
}

class MissingFile extends Error {}

// Reads the named inputs and the script; a missing one is GNU ld's "cannot find" message.
function loadFiles(args: LdArgs): Pick<LinkOptions, 'inputs' | 'script'> {
  const inputs = args.inputs.map((input) => {
    if ('library' in input) return input;
    const bytes = read(input.name);
    if (!bytes) throw new MissingFile(`cannot find ${input.name}: No such file or directory`);
    return { name: input.name, bytes };
  });
  if (!args.script) return { inputs };
  const text = read(args.script);
  if (!text)
    throw new MissingFile(
      `cannot open linker script file ${args.script}: No such file or directory`,
    );
  return { inputs, script: { name: args.script, text: new TextDecoder().decode(text) } };
}

/// Runs the linker; returns 0 on success, 1 on link errors, 2 on usage errors.
export async function main(argv: string[]): Promise<number> {
  let args: LdArgs, files: Pick<LinkOptions, 'inputs' | 'script'>;
  try {
    args = parseArgs(argv);
    files = loadFiles(args);
  } catch (e) {
    if (!(e instanceof UsageError) && !(e instanceof MissingFile)) throw e;
    console.error(e instanceof UsageError ? `ld: ${e.message}\n${USAGE}` : `ld: ${e.message}`);
    return e instanceof UsageError ? 2 : 1;
  }
  const mode = args.relocatable ? 'relocatable' : 'executable';
  const options = {
    ...files,
    mode,
    libraryPaths: args.libraryPaths,
    entry: args.entry ?? undefined,
    outputName: args.output,
    wantMap: args.map !== null,
  } as const;
  const result = link(options, { readFile: read });
  // GNU ld prefixes the first line of each message with its name (and `warning: ` for warnings).
  for (const d of result.diagnostics)
    console.error(`ld: ${d.severity === 'warning' ? 'warning: ' : ''}${d.text}`);
  if (!result.output) return 1;
  writeFileSync(args.output, result.output);
  if (!args.relocatable) chmodSync(args.output, 0o755);
  if (args.map && result.map !== null) writeFileSync(args.map, result.map);
  return 0;
}
