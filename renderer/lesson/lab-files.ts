// The paths of the lab and what the lesson knows about one moment of the learner's work: the
// files' text, the pristine header's numbers, the last build and the console transcript. Checks
// are pure functions of this snapshot, so they are unit-tested without a browser.
import type { BuildDiagnostic, BuildFinished, MachineStatus } from '../../electron/ipc/lab-api.ts';
import { nextSyscallNumber, parseTable, parseUnistd } from './tree-facts.ts';

/// Every file the lab reads or edits, by role.
export const LAB_PATHS = {
  source: 'MyPrintK/MyPrintK.c',
  kbuild: 'MyPrintK/Makefile',
  rootMakefile: 'Makefile',
  table: 'arch/x86/kernel/syscall_table_32.S',
  entry: 'arch/x86/kernel/entry_32.S',
  syscallsH: 'include/linux/syscalls.h',
  unistd: 'arch/x86/include/asm/unistd_32.h',
  wrapper: 'usr/lab/mykernelprint.h',
  driver: 'usr/lab/mykernelprint.c',
  solutionWrapper: 'usr/lab/solution/mykernelprint.h',
  solutionDriver: 'usr/lab/solution/mykernelprint.c',
  usrMakefile: 'usr/Makefile',
  initramfsList: 'usr/initramfs_list',
} as const;

/// A role in `LAB_PATHS`.
export type LabFile = keyof typeof LAB_PATHS;

/// The last build as the lesson sees it.
export interface BuildFacts {
  readonly running: boolean;
  readonly finished: BuildFinished | null;
  readonly diagnostics: readonly BuildDiagnostic[];
  /// Whether a file was saved after this build started (the build no longer shows the tree).
  readonly stale: boolean;
}

/// One moment of the learner's work.
export interface LessonSnapshot {
  /// Text of each lab file in the workspace; null when the file does not exist.
  readonly files: Readonly<Record<LabFile, string | null>>;
  /// The pristine unistd_32.h (numbers the lesson builds on).
  readonly pristineUnistd: string | null;
  readonly build: BuildFacts;
  readonly machine: MachineStatus;
  /// Everything the machine printed since its last boot (terminal escapes left in).
  readonly transcript: string;
  /// Traces the recorder holds for the lesson's number (0 when the recorder is absent).
  readonly traceCount: number;
}

/// The numbers a check needs, derived from the tree (never hard-coded).
export interface LabNumbers {
  /// The new call's number (one past the pristine header's highest).
  readonly nr: number;
  /// The name of the last call before it in the pristine tree (`recvmmsg`).
  readonly previous: string;
}

/// Reads the lab's numbers from the pristine header; null when it cannot be read.
export function labNumbers(snapshot: Pick<LessonSnapshot, 'pristineUnistd'>): LabNumbers | null {
  if (!snapshot.pristineUnistd) return null;
  const facts = parseUnistd(snapshot.pristineUnistd);
  if (facts.numbers.size === 0) return null;
  const nr = nextSyscallNumber(facts);
  const previous = [...facts.numbers].find(([, n]) => n === nr - 1)?.[0] ?? '';
  return { nr, previous };
}

/// How many entries the learner's table has (0 when it is missing).
export function tableSize(snapshot: LessonSnapshot): number {
  const text = snapshot.files.table;
  return text ? parseTable(text).length : 0;
}
