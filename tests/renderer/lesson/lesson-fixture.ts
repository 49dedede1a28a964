// A lesson snapshot over the real kernel tree (kernel/), for the checks' and solutions' tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LAB_PATHS,
  type LabFile,
  type LessonSnapshot,
} from '../../../renderer/lesson/lab-files.ts';
import { STEP_EDITS, type SolutionContext } from '../../../renderer/lesson/solutions.ts';
import type { LabStepId } from '../../../renderer/lesson/check-types.ts';
import { parseUnistd } from '../../../renderer/lesson/tree-facts.ts';

/// The shipped kernel tree.
export const kernelRoot = fileURLToPath(new URL('../../../kernel', import.meta.url));

/// The pristine text of a lab file, or null when the tree does not have it.
export function pristine(file: LabFile): string | null {
  const path = join(kernelRoot, LAB_PATHS[file]);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/// A snapshot of the pristine tree with nothing built or booted.
export function pristineSnapshot(): LessonSnapshot {
  const files = Object.fromEntries(
    (Object.keys(LAB_PATHS) as LabFile[]).map((f) => [f, pristine(f)]),
  ) as Record<LabFile, string | null>;
  return {
    files,
    pristineUnistd: files.unistd,
    build: { running: false, finished: null, diagnostics: [], stale: false },
    machine: { state: 'off' },
    transcript: '',
    traceCount: 0,
  };
}

/// The solution context from the real tree.
export function solutionContext(): SolutionContext {
  const unistd = parseUnistd(pristine('unistd') ?? '');
  return {
    nr: 338,
    previous: 'recvmmsg',
    pristineNrSyscalls: unistd.nrSyscalls ?? -1,
    solutionWrapper: pristine('solutionWrapper') ?? '',
    solutionDriver: pristine('solutionDriver') ?? '',
  };
}

/// `snapshot` with the solutions of `steps` applied to its files.
export function withSteps(snapshot: LessonSnapshot, steps: readonly LabStepId[]): LessonSnapshot {
  const files = { ...snapshot.files };
  const ctx = solutionContext();
  for (const step of steps) {
    for (const edit of STEP_EDITS[step] ?? []) files[edit.file] = edit.apply(files[edit.file], ctx);
  }
  return { ...snapshot, files };
}
