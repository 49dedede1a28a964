// Checks of lab steps 1-6: they read the learner's files (comments ignored, any spacing) and say
// what is still missing, pointing at the line to change. Numbers come from the tree itself.
import { done, site, todo, type CheckResult } from './check-types.ts';
import { LAB_PATHS, labNumbers, tableSize, type LessonSnapshot } from './lab-files.ts';
import {
  functionBody,
  initramfsFiles,
  lineOf,
  makeVariable,
  parseTable,
  parseUnistd,
  stripCComments,
} from './tree-facts.ts';

const P = LAB_PATHS;

/// Step 1: MyPrintK/MyPrintK.c defines `asmlinkage long sys_MyPrintK(...)` that calls printk.
export function checkSource(s: LessonSnapshot): CheckResult {
  const text = s.files.source;
  if (text === null)
    return todo(`Create ${P.source}: New in the file tree, then type the function.`);
  const code = stripCComments(text);
  const body = functionBody(text, 'sys_MyPrintK');
  if (body === null) {
    const near = /\b(sys_\w*printk\w*)\s*\(/i.exec(code)?.[1];
    return near && near !== 'sys_MyPrintK'
      ? todo(`The function is spelled ${near}; the table will name sys_MyPrintK (case matters).`)
      : todo(
          'Define the function: asmlinkage long sys_MyPrintK(const char *s) { ... }',
          site(P.source, 1),
        );
  }
  const line = lineOf(text, /\bsys_MyPrintK\s*\(/) ?? 1;
  if (!/\basmlinkage\b[^;{]*\bsys_MyPrintK\b/.test(code))
    return todo(
      'Mark it asmlinkage: the entry code passes the arguments on the kernel stack, and asmlinkage tells the compiler to read them from there.',
      site(P.source, line),
    );
  if (!/\bprintk\s*\(/.test(body))
    return todo(
      'The function should call printk() with the string it was given.',
      site(P.source, line),
    );
  if (!/#\s*include\s*<linux\/kernel\.h>/.test(code))
    return todo('Include <linux/kernel.h>: it declares printk().', site(P.source, 1));
  return done('sys_MyPrintK is written.', site(P.source, line));
}

/// Step 2: MyPrintK/Makefile lists MyPrintK.o and the root Makefile adds MyPrintK/ to core-y.
export function checkMakefile(s: LessonSnapshot): CheckResult {
  const kbuild = s.files.kbuild;
  if (kbuild === null) return todo(`Create ${P.kbuild} with one line: obj-y := MyPrintK.o`);
  if (!makeVariable(kbuild, 'obj-y').words.includes('MyPrintK.o'))
    return todo(
      `${P.kbuild} must list the object in obj-y: obj-y := MyPrintK.o`,
      site(P.kbuild, 1),
    );
  const root = s.files.rootMakefile ?? '';
  const core = makeVariable(root, 'core-y');
  if (!core.words.some((w) => w.replace(/\/?$/, '/') === 'MyPrintK/')) {
    const last = core.lines.at(-1)?.line ?? 1;
    const linkerSaid = s.build.diagnostics.some((d) =>
      /undefined reference to .sys_MyPrintK/.test(d.message),
    );
    const why = linkerSaid
      ? 'The last build failed with "undefined reference to sys_MyPrintK": the table names the function, but MyPrintK/ is never compiled, so the linker cannot find it. '
      : '';
    return todo(
      `${why}Add MyPrintK/ to core-y in the root Makefile (after line ${last}): core-y += MyPrintK/`,
      site(P.rootMakefile, last),
    );
  }
  return done(
    'MyPrintK/ is part of the kernel build.',
    site(P.rootMakefile, core.lines.at(-1)?.line ?? 1),
  );
}

/// Step 3: entry NR of syscall_table_32.S is sys_MyPrintK.
export function checkTable(s: LessonSnapshot): CheckResult {
  const nums = labNumbers(s);
  const text = s.files.table;
  if (!nums || text === null) return todo(`${P.table} cannot be read.`);
  const entries = parseTable(text);
  const typo = lineOf(text, /\.long\s+sys\s+MyPrintK/);
  if (typo)
    return todo(
      '"sys MyPrintK" has a space: the assembler reads two words. Write sys_MyPrintK.',
      site(P.table, typo),
    );
  const at = entries.find((e) => e.symbol === 'sys_MyPrintK');
  const last = entries.at(-1);
  if (!at) {
    return todo(
      `The table has ${entries.length} entries (0 to ${entries.length - 1}, ending with ${last?.symbol ?? 'nothing'}). Add .long sys_MyPrintK after the last one: it becomes entry ${nums.nr}.`,
      site(P.table, last?.line ?? 1),
    );
  }
  if (at.index !== nums.nr)
    return todo(
      `sys_MyPrintK is entry ${at.index}; the table is indexed by number, so it must be entry ${nums.nr} (right after sys_${nums.previous}).`,
      site(P.table, at.line),
    );
  return done(`Entry ${nums.nr} is sys_MyPrintK.`, site(P.table, at.line));
}

/// Step 4: include/linux/syscalls.h declares the function before its closing #endif.
export function checkPrototype(s: LessonSnapshot): CheckResult {
  const text = s.files.syscallsH;
  if (text === null) return todo(`${P.syscallsH} is missing.`);
  const code = stripCComments(text);
  const line = lineOf(text, /\bsys_MyPrintK\s*\(/);
  const endif = code.lastIndexOf('#endif');
  if (line === null) {
    const at = endif < 0 ? 1 : code.slice(0, endif).split('\n').length;
    return todo(
      'Declare the function before the final #endif: asmlinkage long sys_MyPrintK(const char __user *s);',
      site(P.syscallsH, at),
    );
  }
  const decl = /\basmlinkage\s+long\s+sys_MyPrintK\s*\(([^)]*)\)\s*;/.exec(code);
  if (!decl)
    return todo(
      'Write the whole prototype, ending with a semicolon: asmlinkage long sys_MyPrintK(const char __user *s);',
      site(P.syscallsH, line),
    );
  if (endif >= 0 && decl.index > endif)
    return todo(
      'The prototype is after the final #endif: move it above, inside the include guard.',
      site(P.syscallsH, line),
    );
  return done('syscalls.h declares sys_MyPrintK.', site(P.syscallsH, line));
}

/// Step 5: unistd_32.h defines __NR_MyPrintK as NR, and NR_syscalls as the table's size.
export function checkUnistd(s: LessonSnapshot): CheckResult {
  const nums = labNumbers(s);
  const text = s.files.unistd;
  if (!nums || text === null) return todo(`${P.unistd} cannot be read.`);
  const facts = parseUnistd(text);
  const n = facts.numbers.get('MyPrintK');
  const prevLine = facts.lines.get(`__NR_${nums.previous}`) ?? 1;
  if (n === undefined)
    return todo(
      `Define the number after __NR_${nums.previous}: #define __NR_MyPrintK ${nums.nr}`,
      site(P.unistd, prevLine),
    );
  const nLine = facts.lines.get('__NR_MyPrintK') ?? prevLine;
  if (n !== nums.nr)
    return todo(
      `__NR_MyPrintK is ${n}, but the call is entry ${nums.nr} of the table: the numbers must agree.`,
      site(P.unistd, nLine),
    );
  const want = Math.max(tableSize(s), nums.nr + 1);
  const nrLine = facts.lines.get('NR_syscalls') ?? nLine;
  if (facts.nrSyscalls !== want) {
    return todo(
      `NR_syscalls is ${facts.nrSyscalls ?? 'not defined'}; make it ${want} (last number + 1). Forgetting it does not break the call in 2.6.33 — the entry code bounds by the table's size — but the syscall tracer sizes its slots by NR_syscalls and will never see ${nums.nr}.`,
      site(P.unistd, nrLine),
    );
  }
  return done(`__NR_MyPrintK is ${n} and NR_syscalls is ${want}.`, site(P.unistd, nLine));
}

/// Step 6: the wrapper header, the driver, and the progs-y and initramfs_list hooks.
export function checkUser(s: LessonSnapshot): CheckResult {
  const nums = labNumbers(s);
  const { wrapper, driver } = s.files;
  if (wrapper === null)
    return todo(`Create ${P.wrapper}: the wrapper around syscall() (see usr/lab/README).`);
  const w = stripCComments(wrapper);
  if (!/\bsyscall\s*\(\s*(__NR_MyPrintK|\d+)\s*,/.test(w))
    return todo(
      'The wrapper should call syscall(__NR_MyPrintK, s): syscall() puts the number in EAX and the argument in EBX.',
      site(P.wrapper, 1),
    );
  const def = /#\s*define\s+__NR_MyPrintK\s+(\d+)/.exec(w);
  if (def && nums && Number(def[1]) !== nums.nr)
    return todo(
      `The wrapper defines __NR_MyPrintK as ${def[1]}; the kernel's number is ${nums.nr}.`,
      site(P.wrapper, lineOf(wrapper, /__NR_MyPrintK/) ?? 1),
    );
  if (driver === null) return todo(`Create ${P.driver}: a main() that calls MyPrintK(argv[1]).`);
  const d = stripCComments(driver);
  if (!/\bmain\s*\(/.test(d) || !/\bMyPrintK\s*\(/.test(d))
    return todo('The driver needs a main() that calls MyPrintK(argv[1]).', site(P.driver, 1));
  if (!/#\s*include\s*"mykernelprint\.h"/.test(d))
    return todo('The driver should #include "mykernelprint.h".', site(P.driver, 1));
  const progs = makeVariable(s.files.usrMakefile ?? '', 'progs-y');
  if (!progs.words.includes('usr/lab/mykernelprint')) {
    const at = rawLine(s.files.usrMakefile, /^\s*#\s*progs-y\s*\+=\s*usr\/lab\/mykernelprint/);
    return todo(
      'Add the program to the build: uncomment "progs-y += usr/lab/mykernelprint" in usr/Makefile.',
      site(P.usrMakefile, at),
    );
  }
  const list = initramfsFiles(s.files.initramfsList ?? '');
  const entry = list.find((f) => f.src === 'usr/lab/mykernelprint');
  if (!entry) {
    const at = rawLine(s.files.initramfsList, /^\s*#\s*file\s+\S*mykernelprint\s/);
    return todo(
      'Put the program into the machine: uncomment the "file /root/mykernelprint ..." line of usr/initramfs_list.',
      site(P.initramfsList, at),
    );
  }
  return done(
    `The program will be at ${entry.dest} in the machine.`,
    site(P.initramfsList, entry.line),
  );
}

/// The 1-based line of the first raw line matching `re` (comments included), or 1.
function rawLine(text: string | null, re: RegExp): number {
  return (text ?? '').split('\n').findIndex((l) => re.test(l)) + 1 || 1;
}
