// Facts the lesson reads from the learner's own kernel tree: the syscall numbers in unistd_32.h,
// the entries of syscall_table_32.S, the directories core-y lists, the objects a Kbuild Makefile
// builds. No C parser: comments are blanked first (keeping line numbers), then small anchored
// patterns read what the lab's files declare. Every number the lesson shows comes from here,
// never from a copy kept in the renderer.

/// One `.long name` entry of the syscall table, with its index and 1-based source line.
export interface TableEntry {
  readonly index: number;
  readonly symbol: string;
  readonly line: number;
}

/// What unistd_32.h says: each `__NR_name` number, and `NR_syscalls` if defined.
export interface UnistdFacts {
  readonly numbers: ReadonlyMap<string, number>;
  readonly nrSyscalls: number | null;
  /// 1-based line of each `__NR_name` define, and of `NR_syscalls`.
  readonly lines: ReadonlyMap<string, number>;
}

/// Blanks C and assembly comments (`/* */`, `//`), keeping newlines so line numbers hold.
export function stripCComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

/// Blanks Makefile comments (`#` to the end of the line), keeping the lines.
export function stripMakeComments(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/(^|[^\\])#.*$/, '$1'))
    .join('\n');
}

/// Reads the table's `.long` entries in order (entry N is syscall N).
export function parseTable(text: string): TableEntry[] {
  const entries: TableEntry[] = [];
  const lines = stripCComments(text).split('\n');
  lines.forEach((raw, i) => {
    // A line may hold several comma-separated values, as GNU as allows.
    const m = /^\s*\.long\s+(.+?)\s*$/.exec(raw);
    if (!m) return;
    for (const value of m[1].split(',')) {
      entries.push({ index: entries.length, symbol: value.trim(), line: i + 1 });
    }
  });
  return entries;
}

/// Reads `#define __NR_name N` and `#define NR_syscalls N` from unistd_32.h.
export function parseUnistd(text: string): UnistdFacts {
  const numbers = new Map<string, number>();
  const lines = new Map<string, number>();
  let nrSyscalls: number | null = null;
  stripCComments(text)
    .split('\n')
    .forEach((raw, i) => {
      const m = /^\s*#\s*define\s+(__NR_\w+|NR_syscalls)\s+(\d+)\s*$/.exec(raw);
      if (!m) return;
      const value = Number(m[2]);
      if (m[1] === 'NR_syscalls') nrSyscalls = value;
      else numbers.set(m[1].slice('__NR_'.length), value);
      lines.set(m[1], i + 1);
    });
  return { numbers, nrSyscalls, lines };
}

/// The number the lesson's new call takes: one past the highest number the PRISTINE header
/// defines (the lab appends to the end of the table).
export function nextSyscallNumber(pristineUnistd: UnistdFacts): number {
  let max = -1;
  for (const n of pristineUnistd.numbers.values()) max = Math.max(max, n);
  return max + 1;
}

/// The values assigned to a Make variable (`core-y`, `obj-y`, `progs-y`), all assignments in
/// order, as whitespace-separated words with the line of each assignment.
export function makeVariable(
  text: string,
  name: string,
): { words: string[]; lines: { line: number; words: string[] }[] } {
  // A `\` continuation joins the next line onto this one; the emptied line keeps the numbering.
  const joined = stripMakeComments(text).replace(/\\\n([^\n]*)/g, ' $1\n');
  const out: { line: number; words: string[] }[] = [];
  const escaped = name.replace(/[-.]/g, '\\$&');
  const re = new RegExp(`^\\s*${escaped}\\s*(:=|\\+=|=)(.*)$`);
  let words: string[] = [];
  joined.split('\n').forEach((raw, i) => {
    const m = re.exec(raw);
    if (!m) return;
    const values = m[2].trim().split(/\s+/).filter(Boolean);
    words = m[1] === '+=' ? [...words, ...values] : values;
    out.push({ line: i + 1, words: values });
  });
  return { words, lines: out };
}

/// The 1-based line of the first line of `text` matching `re` (comments blanked), or null.
export function lineOf(text: string, re: RegExp, comments: 'c' | 'make' = 'c'): number | null {
  const stripped = comments === 'c' ? stripCComments(text) : stripMakeComments(text);
  const i = stripped.split('\n').findIndex((l) => re.test(l));
  return i < 0 ? null : i + 1;
}

/// The `file DEST SRC MODE UID GID` lines of an initramfs list that are not commented out.
export function initramfsFiles(text: string): { dest: string; src: string; line: number }[] {
  const out: { dest: string; src: string; line: number }[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^\s*file\s+(\S+)\s+(\S+)/.exec(raw);
    if (m) out.push({ dest: m[1], src: m[2], line: i + 1 });
  });
  return out;
}

/// The body of C function `name` (text between its braces), or null when not defined.
export function functionBody(text: string, name: string): string | null {
  const code = stripCComments(text);
  const head = new RegExp(`\\b${name}\\s*\\([^;{)]*\\)\\s*\\{`).exec(code);
  if (!head) return null;
  let depth = 0;
  for (let i = head.index + head[0].length - 1; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return code.slice(head.index + head[0].length, i);
  }
  return null;
}
