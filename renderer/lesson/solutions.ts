// "Show me" and "Reset step" as text edits: each file-changing step gives, per file, the
// transform that applies its solution and the one that takes it back (null = the file is the
// step's own and goes away). Pure functions of the text, so the editor applies them as ordinary,
// undoable edits and the tests run them on the real tree.
import type { LabStepId } from './check-types.ts';
import { LAB_PATHS, type LabFile } from './lab-files.ts';
import { parseTable, parseUnistd } from './tree-facts.ts';

/// What the transforms need from the tree: the numbers and the shipped solution files.
export interface SolutionContext {
  readonly nr: number;
  readonly previous: string;
  /// NR_syscalls in the pristine header (what Reset puts back).
  readonly pristineNrSyscalls: number;
  readonly solutionWrapper: string;
  readonly solutionDriver: string;
}

/// One file's part of a step: its solution and its undoing.
export interface FileEdit {
  readonly file: LabFile;
  /// The text with the solution in (`text` is null when the file does not exist yet).
  readonly apply: (text: string | null, ctx: SolutionContext) => string;
  /// The text without it; null means delete the file (the step created it).
  readonly revert: (text: string, ctx: SolutionContext) => string | null;
}

/// The lesson's system call, as the solution writes it.
export const MYPRINTK_SOURCE = `/* MyPrintK: print a string from user space in the kernel log. */
#include <linux/linkage.h>
#include <linux/kernel.h>

asmlinkage long sys_MyPrintK(const char *s)
{
	printk("%s\\n", s);
	return 0;
}
`;

const lines = (text: string) => text.split('\n');

/// Inserts `line` after 1-based line `after` (0: at the top).
function insertAfter(text: string, after: number, line: string): string {
  const ls = lines(text);
  ls.splice(after, 0, line);
  return ls.join('\n');
}

/// Removes every line matching `re`.
function dropLines(text: string, re: RegExp): string {
  return lines(text)
    .filter((l) => !re.test(l))
    .join('\n');
}

/// Comments out (`#`) or uncomments the first line mentioning `needle`.
function toggleHash(text: string, needle: string, on: boolean): string {
  const ls = lines(text);
  const i = ls.findIndex((l) => l.includes(needle) && /^\s*#/.test(l) === on);
  if (i >= 0) ls[i] = on ? ls[i].replace(/^\s*#\s*/, '') : `# ${ls[i]}`;
  return ls.join('\n');
}

const has = (text: string, re: RegExp) => re.test(text);

/// Per step, the files it changes.
export const STEP_EDITS: Readonly<Partial<Record<LabStepId, readonly FileEdit[]>>> = {
  source: [
    {
      file: 'source',
      apply: (t) => (t && has(t, /sys_MyPrintK/) ? t : MYPRINTK_SOURCE),
      revert: () => null,
    },
  ],
  makefile: [
    { file: 'kbuild', apply: () => 'obj-y := MyPrintK.o\n', revert: () => null },
    {
      file: 'rootMakefile',
      apply: (t) => {
        const text = t ?? '';
        if (has(text, /^\s*core-y\s*[:+]?=.*\bMyPrintK\//m)) return text;
        const ls = lines(text);
        const last = ls.findLastIndex((l) => /^\s*core-y\s*[:+]?=/.test(l));
        return insertAfter(text, last + 1, 'core-y += MyPrintK/');
      },
      revert: (t) =>
        lines(t)
          .filter((l) => !/^\s*core-y\s*\+=\s*MyPrintK\/\s*$/.test(l))
          .map((l) => (/^\s*core-y\s*[:+]?=/.test(l) ? l.replace(/\s+MyPrintK\/(?=\s|$)/, '') : l))
          .join('\n'),
    },
  ],
  table: [
    {
      file: 'table',
      apply: (t, ctx) => {
        const text = t ?? '';
        const entries = parseTable(text);
        if (entries.some((e) => e.symbol === 'sys_MyPrintK')) return text;
        const clean = dropLines(text, /\.long\s+sys\s+MyPrintK/);
        const last = parseTable(clean).at(-1)?.line ?? lines(clean).length;
        return insertAfter(clean, last, `\t.long sys_MyPrintK\t/* ${ctx.nr} */`);
      },
      revert: (t) => dropLines(t, /^\s*\.long\s+sys[_\s]MyPrintK\b/),
    },
  ],
  prototype: [
    {
      file: 'syscallsH',
      apply: (t) => {
        const text = t ?? '';
        if (has(text, /sys_MyPrintK\s*\(/)) return text;
        const ls = lines(text);
        const endif = ls.findLastIndex((l) => /^\s*#\s*endif/.test(l));
        return insertAfter(
          text,
          endif < 0 ? ls.length : endif,
          'asmlinkage long sys_MyPrintK(const char __user *s);\n',
        );
      },
      revert: (t) => dropLines(t, /sys_MyPrintK\s*\(/).replace(/\n\n\n(#\s*endif\s*)$/, '\n\n$1'),
    },
  ],
  unistd: [
    {
      file: 'unistd',
      apply: (t, ctx) => {
        let text = t ?? '';
        if (!parseUnistd(text).numbers.has('MyPrintK')) {
          const at = parseUnistd(text).lines.get(`__NR_${ctx.previous}`) ?? 0;
          text = insertAfter(text, at, `#define __NR_MyPrintK\t\t${ctx.nr}`);
        }
        return text.replace(/(#\s*define\s+NR_syscalls\s+)\d+/, `$1${ctx.nr + 1}`);
      },
      revert: (t, ctx) =>
        dropLines(t, /#\s*define\s+__NR_MyPrintK\b/).replace(
          /(#\s*define\s+NR_syscalls\s+)\d+/,
          `$1${ctx.pristineNrSyscalls}`,
        ),
    },
  ],
  user: [
    {
      file: 'wrapper',
      apply: (t, ctx) => (t && has(t, /syscall\s*\(/) ? t : ctx.solutionWrapper),
      revert: () => null,
    },
    {
      file: 'driver',
      apply: (t, ctx) => (t && has(t, /\bmain\s*\(/) ? t : ctx.solutionDriver),
      revert: () => null,
    },
    {
      file: 'usrMakefile',
      apply: (t) => toggleHash(t ?? '', 'progs-y += usr/lab/mykernelprint', true),
      revert: (t) => toggleHash(t, 'progs-y += usr/lab/mykernelprint', false),
    },
    {
      file: 'initramfsList',
      apply: (t) => toggleHash(t ?? '', 'file /root/mykernelprint', true),
      revert: (t) => toggleHash(t, 'file /root/mykernelprint', false),
    },
  ],
};

/// The workspace path of a lab file.
export function pathOf(file: LabFile): string {
  return LAB_PATHS[file];
}
