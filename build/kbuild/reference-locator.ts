/// Finds the source line behind an undefined reference. A linker can only name the object and a
/// section offset (`arch/x86/built-in.o:(.data+0x548)`), and after a partial link that object is
/// a whole directory; the learner needs the line to fix, e.g. the `.long sys_MyPrintk` entry of
/// syscall_table_32.S. The runner knows which sources went into which object, so it looks there
/// for the first use of the symbol that is not a declaration.

import type { BuildFs } from './build-fs.ts';
import { readText } from './build-fs.ts';
import { joinPath } from './paths.ts';
import type { CompileJob } from './tools.ts';

/// A use of a symbol in the tree: where, and the line's text.
export interface SourceUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sourceLine: string;
}

/// The sources compiled into `object` (itself, or everything under a built-in.o's directory).
function sourcesOf(jobs: readonly CompileJob[], object: string): CompileJob[] {
  if (!object.endsWith('/built-in.o')) return jobs.filter((j) => j.object === object);
  const dir = object.slice(0, -'built-in.o'.length);
  return jobs.filter((j) => j.object.startsWith(dir));
}

/// A line of comment (C or assembly) or a preprocessor directive: not code that uses a symbol.
export function isCommentLine(line: string): boolean {
  return /^(\/\/|\/\*|\*|#)/.test(line.trim());
}

/// A line that only declares the symbol (`extern ...;`, a prototype) rather than using it, or a
/// comment line.
function declaresOnly(line: string): boolean {
  const t = line.trim();
  if (isCommentLine(t) || /^extern\b/.test(t)) return true;
  return (
    /\)\s*;$/.test(t) &&
    /^(asmlinkage\s+)?(static\s+)?(const\s+)?(unsigned\s+|signed\s+)?(long|int|void|char|short)\b[^=]*$/.test(
      t,
    )
  );
}

/// The first use of `symbol` in the sources of `object` (each source, then the files it
/// included, as `includes` lists them: the syscall table is included by entry_32.S), or undefined.
export async function locateReference(
  fs: BuildFs,
  tree: string,
  jobs: readonly CompileJob[],
  object: string,
  symbol: string,
  includes: (object: string) => readonly string[],
): Promise<SourceUse | undefined> {
  const word = new RegExp(`(^|[^\\w$.])${symbol.replace(/[$.]/g, '\\$&')}(?![\\w$])`);
  for (const job of sourcesOf(jobs, object)) {
    const files = [
      job.source,
      ...includes(job.object).filter((f) => f !== job.source && /\.(S|c|h|inc)$/.test(f)),
    ];
    for (const file of files) {
      const use = firstUse(await readText(fs, joinPath(tree, file)).catch(() => ''), word);
      if (use) return { file, ...use };
    }
  }
  return undefined;
}

function firstUse(text: string, word: RegExp): Omit<SourceUse, 'file'> | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = word.exec(lines[i]);
    if (m && !declaresOnly(lines[i])) {
      return {
        line: i + 1,
        column: m.index + m[1].length + 1,
        sourceLine: lines[i].replace(/\r$/, ''),
      };
    }
  }
  return undefined;
}
