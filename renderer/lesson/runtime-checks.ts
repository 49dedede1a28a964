// Checks of lab steps 7-10: the build's outcome, the machine's state and what the console shows.
// Each failure is read as the symptom a 2.6.33 kernel gives, and explained.
import { done, site, todo, type CheckResult, type LabStepId } from './check-types.ts';
import { LAB_PATHS, labNumbers, tableSize, type LessonSnapshot } from './lab-files.ts';
import { parseTable } from './tree-facts.ts';
import {
  driverArg,
  driverRuns,
  plainText,
  reachedPrompt,
  shellCommands,
  type ShellCommand,
} from './transcript.ts';

/// The verdicts of the steps before, so a later step can say which one to finish first.
export type Prior = ReadonlyMap<LabStepId, CheckResult>;

const FILE_STEPS: readonly LabStepId[] = [
  'source',
  'makefile',
  'table',
  'prototype',
  'unistd',
  'user',
];

/// Step 7: a successful build of the tree as it is now, with steps 1-6 done.
export function checkBuild(s: LessonSnapshot, prior: Prior): CheckResult {
  const b = s.build;
  if (b.running) return { done: false, pending: true, hint: 'Building…' };
  if (!b.finished)
    return todo('Press Build (Ctrl+B): the kernel, the user programs and the initramfs.');
  if (!b.finished.ok) return todo(buildFailure(s));
  if (b.stale)
    return todo('Files changed since this build: press Build again so the kernel has them.');
  const open = FILE_STEPS.filter((id) => !prior.get(id)?.done);
  if (open.length > 0)
    return todo(
      `The build succeeded, but step ${FILE_STEPS.indexOf(open[0]) + 1} is not done yet: the kernel you built does not have the whole call.`,
    );
  return done(
    `Built in ${(b.finished.durationMs / 1000).toFixed(1)} s: vmlinux and initramfs.cpio are ready.`,
  );
}

/// The first error of a failed build, explained when it is a classic mistake.
function buildFailure(s: LessonSnapshot): string {
  const errors = s.build.diagnostics.filter((d) => d.severity === 'error');
  const undef = errors.find((d) => /undefined reference to .sys_MyPrintK/.test(d.message));
  if (undef) {
    const core = s.build.diagnostics.find((d) => d.code === 'missing-core-y');
    return `The linker says "undefined reference to sys_MyPrintK": the table names the function, but nothing compiled defines it. ${core?.explanation ?? 'Check that MyPrintK/ is in core-y in the root Makefile and that MyPrintK/Makefile lists MyPrintK.o.'}`;
  }
  const first = errors[0];
  if (!first) return 'The build failed: see the Build tab.';
  const where = `${first.file}:${first.line}`;
  return `The build failed at ${where}: ${first.message}.${first.explanation ? ` ${first.explanation}` : ''} Click the message in the Build tab to go there.`;
}

/// Step 8: the machine runs the new kernel and its shell prompt is up.
export function checkBoot(s: LessonSnapshot): CheckResult {
  const m = s.machine;
  if (m.state === 'booting') return { done: false, pending: true, hint: 'Booting…' };
  if (m.state === 'running' && reachedPrompt(s.transcript))
    return done('The kernel booted and the shell is waiting at its prompt.');
  if (m.state === 'running')
    return {
      done: false,
      pending: true,
      hint: 'The kernel is starting; the shell prompt follows.',
    };
  if (m.state === 'crashed')
    return todo(
      `The machine crashed (${m.message ?? 'no reason given'}). Fix the kernel, build, and boot again.`,
    );
  if (m.state === 'exited') return todo('The machine powered off. Press Boot to start it again.');
  return todo(
    'Press Boot (Ctrl+Shift+B): the emulated PC starts the kernel you built, and its console appears in the Console tab.',
  );
}

/// Step 9: `./mykernelprint WORD` ran, the call succeeded, and WORD is in the kernel log (dmesg).
/// Once shown, it stays done for the session (a later failing run is the next lesson's business).
export function checkRun(s: LessonSnapshot): CheckResult {
  const nums = labNumbers(s);
  const proven = provenWord(shellCommands(s.transcript));
  if (proven !== null)
    return done(
      `"${proven}" is in the kernel log: your program made system call ${nums?.nr ?? ''} and the kernel printed it.`,
    );
  const last = driverRuns(s.transcript).at(-1);
  if (!last) return todo('In the Console, type ./mykernelprint hello and press Enter.');
  const failure = runFailure(s, last.output);
  if (failure) return failure;
  if (!last.arg) return todo('Give the program a word to send: ./mykernelprint hello');
  return todo(`The program ran. Now type dmesg: the kernel's log should end with "${last.arg}".`);
}

const RUN_FAILED = /not found|No such file|Function not implemented|ENOSYS|errno 38|Oops|Killed/i;

/// The word of a successful run that a later `dmesg` shows in the kernel log, or null.
function provenWord(cmds: readonly ShellCommand[]): string | null {
  for (let i = 0; i < cmds.length; i++) {
    const word = driverArg(cmds[i].command);
    if (!word || RUN_FAILED.test(cmds[i].output)) continue;
    const logged = cmds
      .slice(i + 1)
      .some(
        (c) => /^dmesg\b/.test(c.command) && c.output.split('\n').some((l) => logText(l) === word),
      );
    if (logged) return word;
  }
  return null;
}

/// What a failed run's output means, as the 2.6.33 symptom it is; null when it did not fail.
function runFailure(s: LessonSnapshot, out: string): CheckResult | null {
  if (/not found|No such file/i.test(out))
    return todo(
      `The shell cannot find the program: is the "file /root/mykernelprint ..." line of usr/initramfs_list uncommented, and did you build after changing it?`,
      site(LAB_PATHS.initramfsList, 1),
    );
  if (/Function not implemented|ENOSYS|errno 38/.test(out)) {
    const n = tableSize(s);
    const last = s.files.table ? (parseTable(s.files.table).at(-1)?.line ?? 1) : 1;
    return todo(
      `The call returned ENOSYS (-1, "Function not implemented"): syscall_table_32.S has ${n} entries, and the entry code rejects any number at or above the table's size. Add entry ${labNumbers(s)?.nr ?? ''} (.long sys_MyPrintK), build and boot again.`,
      site(LAB_PATHS.table, last),
    );
  }
  if (/Oops|Killed/.test(out))
    return todo(
      'The call killed the program with a kernel Oops: the kernel touched a bad address. Read the Oops in the Console, fix the function, build and boot again.',
    );
  return null;
}

/// Step 10: the call was seen being traced (the trace recorder, or the kernel's own tracer).
export function checkTrace(s: LessonSnapshot): CheckResult {
  const nums = labNumbers(s);
  const text = plainText(s.transcript);
  if (s.traceCount > 0) return done('A recorded trace of the call is in the Trace tab.');
  // Without /boot/System.map the tracer cannot name the function and prints "syscall N".
  const entry = new RegExp(`\\s(sys_MyPrintK|syscall ${nums?.nr ?? -1})\\(`).exec(text);
  if (entry)
    return done(
      `The kernel traced the call: the ${entry[1]}(...) entry, with its argument registers, and its "->" return are in the log.`,
    );
  if (/is not below NR_syscalls/.test(text))
    return todo(
      `The tracer refused ${nums?.nr ?? 'the number'}: NR_syscalls is still ${nums?.nr ?? 'the old size'}, so its per-call slots stop just before your call. Bump NR_syscalls in unistd_32.h, build, boot, and trace again.`,
      site(LAB_PATHS.unistd, nrSyscallsLine(s)),
    );
  return todo(
    `Switch on the kernel's syscall tracer for your call: echo ${nums?.nr ?? 'N'} > /proc/syscall_trace, then run ./mykernelprint again.`,
  );
}

/// A kernel log line without its level (`<6>`) or timestamp (`[    1.234]`) prefix.
function logText(line: string): string {
  return line
    .trim()
    .replace(/^<\d>/, '')
    .replace(/^\[\s*[\d.]+\]\s*/, '');
}

/// The line of `#define NR_syscalls` in the learner's unistd_32.h (1 when not found).
function nrSyscallsLine(s: LessonSnapshot): number {
  const lines = (s.files.unistd ?? '').split('\n');
  return lines.findIndex((l) => /#\s*define\s+NR_syscalls\b/.test(l)) + 1 || 1;
}
