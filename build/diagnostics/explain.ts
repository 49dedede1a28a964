// Adds what a learner needs to act on a compiler message: the source line, a column where the
// message names something on that line, and, for the lesson's classic mistakes, a plain-language
// explanation with the fix. Each mistake is one rule: a test on the diagnostic and its source
// line, and the words to say. Rules never change the tool's own message.

import type { Diagnostic } from './types.ts';

/// Reads a source file's text by the path the diagnostic names; null when unavailable.
export type SourceReader = (file: string) => string | null;

interface Rule {
  readonly code: string;
  /// Returns the explanation (and optionally the column to point at), or null when not matching.
  /// `lines` is the whole file the diagnostic is in.
  readonly match: (
    d: Diagnostic,
    line: string,
    lines: readonly string[],
  ) => { text: string; column?: number } | null;
}

/// True when the file includes one of `headers` (`#include <linux/linkage.h>`...).
function includes(lines: readonly string[], headers: readonly string[]): boolean {
  return lines.some((l) =>
    headers.some((h) =>
      new RegExp(`^\\s*#\\s*include\\s*[<"]${h.replace('.', '\\.')}[>"]`).test(l),
    ),
  );
}

/// The last non-blank line before line `n` (1-based), skipping comment-only lines.
function previousCodeLine(lines: readonly string[], n: number): string | undefined {
  for (let i = n - 2; i >= 0; i--) {
    const t = lines[i].trim();
    if (t !== '' && !t.startsWith('//') && !t.startsWith('/*') && !t.startsWith('*')) return t;
  }
  return undefined;
}

/// Where functions and macros a lesson file commonly uses are declared (Linux 2.6.33 layout,
/// and the userland libc's headers for user programs).
const DECLARED_IN: Readonly<Record<string, string>> = {
  printk: 'linux/kernel.h',
  KERN_INFO: 'linux/kernel.h',
  KERN_ALERT: 'linux/kernel.h',
  KERN_DEBUG: 'linux/kernel.h',
  KERN_ERR: 'linux/kernel.h',
  KERN_WARNING: 'linux/kernel.h',
  KERN_EMERG: 'linux/kernel.h',
  KERN_NOTICE: 'linux/kernel.h',
  KERN_CRIT: 'linux/kernel.h',
  asmlinkage: 'linux/linkage.h',
  copy_from_user: 'asm/uaccess.h',
  copy_to_user: 'asm/uaccess.h',
  strncpy_from_user: 'asm/uaccess.h',
  kmalloc: 'linux/slab.h',
  kfree: 'linux/slab.h',
  printf: 'stdio.h',
  syscall: 'unistd.h',
  exit: 'stdlib.h',
  strlen: 'string.h',
};

function quoted(message: string): string | undefined {
  return /'([A-Za-z_]\w*)'/.exec(message)?.[1];
}

/// 1-based column of identifier `name` as a whole word in `line`, if present.
export function columnOf(line: string, name: string): number | undefined {
  const m = new RegExp(`(^|[^A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).exec(line);
  return m ? m.index + m[1].length + 1 : undefined;
}

function isTableFile(file: string): boolean {
  return /syscall_table(_32)?\.S$/.test(file);
}

const RULES: readonly Rule[] = [
  {
    code: 'implicit-declaration',
    match: (d, line) => {
      const name = /implicit declaration of function '(\w+)'/.exec(d.message)?.[1];
      const header = name && DECLARED_IN[name];
      if (!name || !header) return null;
      const lead = `${name}() is declared in <${header}>, which this file does not include.`;
      const fix = `Add \`#include <${header}>\` near the top of ${d.file}.`;
      const why =
        'Without the declaration the compiler guesses `int ' +
        name +
        '()` and cannot check the arguments.';
      return { text: `${lead} ${fix} ${why}`, column: columnOf(line, name) };
    },
  },
  {
    code: 'kern-level-undeclared',
    match: (d, line) => {
      const name = quoted(d.message);
      if (!name || !/undeclared/.test(d.message) || DECLARED_IN[name] !== 'linux/kernel.h')
        return null;
      const text = `${name} is a log-level string macro from <linux/kernel.h> (printk(${name} "text")). Add \`#include <linux/kernel.h>\`.`;
      return { text, column: columnOf(line, name) };
    },
  },
  {
    code: 'asmlinkage-unknown',
    match: (d, line, lines) => {
      if (!/^\s*asmlinkage\b/.test(line) || !/expected/.test(d.message)) return null;
      if (includes(lines, ['linux/linkage.h', 'linux/syscalls.h'])) return null;
      const text =
        'The compiler does not know `asmlinkage`: it is a macro from <linux/linkage.h> (pulled in by <linux/syscalls.h>). Include one of them before declaring the system call.';
      return { text, column: columnOf(line, 'asmlinkage') };
    },
  },
  {
    code: 'table-space-typo',
    match: (d, line) => {
      const m = /^(\s*\.long\s+)(\w+)(\s+)(\w+)/.exec(line);
      if (!m || !/end of line expected|expected/.test(d.message)) return null;
      const joined = `${m[2]}_${m[4]}`;
      const where = isTableFile(d.file) ? 'the system call table' : 'this table';
      const text = `\`.long ${m[2]} ${m[4]}\` has a space inside the name: the assembler takes \`${m[2]}\` as the entry and then finds \`${m[4]}\` where the line should end. Each line of ${where} holds one symbol: write \`.long ${joined}\`.`;
      return { text, column: m[1].length + m[2].length + m[3].length + 1 };
    },
  },
  {
    code: 'syscall-number-undeclared',
    match: (d, line) => {
      const name = quoted(d.message);
      if (!name || !name.startsWith('__NR_') || !/undeclared/.test(d.message)) return null;
      const text = `${name} is not defined. System call numbers are #defined in arch/x86/include/asm/unistd_32.h (\`#define __NR_MyPrintK 338\`, included through <asm/unistd.h> or <unistd.h>); check that the line is there and that the spelling and case match exactly.`;
      return { text, column: columnOf(line, name) };
    },
  },
  {
    code: 'header-missing-semicolon',
    match: (d, line, lines) => {
      if (!/^';' expected/.test(d.message)) return null;
      const before = previousCodeLine(lines, d.line);
      if (before === undefined || !/^#\s*include\b/.test(before)) return null;
      const text = `A declaration at the end of a header included just above (${before.replace(/^#\s*include\s*/, '')}) probably lacks its ';', for example a \`asmlinkage long sys_MyPrintK(const char __user *s)\` line added to include/linux/syscalls.h. The compiler only notices at the next token, which is here.`;
      return { text, column: line.search(/\S/) + 1 || undefined };
    },
  },
  {
    code: 'macro-redefined',
    match: (d, line) => {
      const name = /^(\w+) redefined$/.exec(d.message)?.[1];
      if (!name) return null;
      const text = `${name} is #defined twice with different values (here and earlier, perhaps in a header such as arch/x86/include/asm/unistd_32.h). Keep one definition: the later one silently wins.`;
      return { text, column: columnOf(line, name) };
    },
  },
  {
    code: 'incomplete-struct',
    match: (d, line) => {
      if (!/unknown type size|incomplete type/.test(d.message)) return null;
      const tag = /struct\s+(\w+)/.exec(line)?.[1];
      const text = tag
        ? `struct ${tag} is used here but its members were never declared: include the header that defines it, or check the spelling of the tag.`
        : 'A type is used here whose definition the compiler has not seen: include the header that defines it.';
      return { text, column: tag ? columnOf(line, tag) : undefined };
    },
  },
  {
    code: 'missing-semicolon',
    match: (d, line) => {
      const got = /^';' expected \(got "(.+)"\)$/.exec(d.message)?.[1];
      if (!got) return null;
      const text = `The statement before \`${got}\` probably lacks its ';'. The compiler only notices at the next token, so the mistake is usually at the end of the previous line (${d.line - 1}).`;
      return { text, column: columnOf(line, got) ?? (line.search(/\S/) + 1 || undefined) };
    },
  },
  {
    code: 'undeclared-identifier',
    match: (d, line) => {
      const name = quoted(d.message);
      if (!name || !/undeclared$/.test(d.message)) return null;
      const header = DECLARED_IN[name];
      const text = header
        ? `${name} is declared in <${header}>: include it.`
        : `Nothing named ${name} is declared before this line: check the spelling (case matters) and that its header is included.`;
      return { text, column: columnOf(line, name) };
    },
  },
];

/// Adds `sourceLine`, a `column` where one can be found, and, for a recognised mistake, `code`
/// and `explanation`. Returns new objects; the input is not modified.
export function explainDiagnostics(
  diagnostics: readonly Diagnostic[],
  read: SourceReader = () => null,
): Diagnostic[] {
  const cache = new Map<string, string[] | null>();
  const lineOf = (file: string, n: number): string | undefined => {
    if (!cache.has(file)) cache.set(file, read(file)?.split('\n') ?? null);
    return n > 0 ? cache.get(file)?.[n - 1] : undefined;
  };
  return diagnostics.map((d) => {
    const source = lineOf(d.file, d.line);
    if (source === undefined) return d;
    const base: Diagnostic = { ...d, sourceLine: source.replace(/\r$/, '') };
    const lines = cache.get(d.file) ?? [];
    for (const rule of RULES) {
      const hit = rule.match(base, base.sourceLine!, lines);
      if (!hit) continue;
      const column = d.column ?? hit.column;
      return {
        ...base,
        ...(column !== undefined ? { column } : {}),
        code: rule.code,
        explanation: hit.text,
      };
    }
    return base;
  });
}
