// Show me and Reset step: a step's file transforms (solutions.ts) carried out through the editor,
// so each change is visible, undoable and autosaved like the learner's own typing.
import type { LabStepId } from './check-types.ts';
import { LAB_PATHS, type LabFile } from './lab-files.ts';
import { STEP_EDITS, type SolutionContext } from './solutions.ts';

/// What the lesson needs from the editor and the file tree.
export interface EditorBridge {
  /// Opens a file with the cursor on a line.
  openAt(path: string, line: number): void;
  /// Replaces the text of `path` as one undoable edit (the file is opened).
  applyEdit(path: string, text: string): Promise<void>;
  /// Creates an empty file (and its folders) and opens it.
  create(path: string): Promise<void>;
  /// Deletes a file the learner created.
  remove(path: string): Promise<void>;
}

/// The files a step changes (for the confirmation text).
export function stepFiles(step: LabStepId): string[] {
  return (STEP_EDITS[step] ?? []).map((e) => LAB_PATHS[e.file]);
}

/// Whether a step has a file solution (steps 1-6).
export function hasSolution(step: LabStepId): boolean {
  return (STEP_EDITS[step] ?? []).length > 0;
}

/// Applies a step's solution to the files as they are now; returns the paths changed.
export async function showMe(
  step: LabStepId,
  files: Readonly<Record<LabFile, string | null>>,
  ctx: SolutionContext,
  editor: EditorBridge,
): Promise<string[]> {
  const changed: string[] = [];
  for (const edit of STEP_EDITS[step] ?? []) {
    const path = LAB_PATHS[edit.file];
    const before = files[edit.file];
    const after = edit.apply(before, ctx);
    if (after === before) continue;
    if (before === null) await editor.create(path);
    await editor.applyEdit(path, after);
    changed.push(path);
  }
  return changed;
}

/// Takes a step's solution back out (files the step created are deleted); returns the paths.
export async function resetStep(
  step: LabStepId,
  files: Readonly<Record<LabFile, string | null>>,
  ctx: SolutionContext,
  editor: EditorBridge,
): Promise<string[]> {
  const changed: string[] = [];
  // Later files first, so a step's Makefile hook goes before the file it names.
  for (const edit of [...(STEP_EDITS[step] ?? [])].reverse()) {
    const path = LAB_PATHS[edit.file];
    const before = files[edit.file];
    if (before === null) continue;
    const after = edit.revert(before, ctx);
    if (after === before) continue;
    if (after === null) await editor.remove(path);
    else await editor.applyEdit(path, after);
    changed.push(path);
  }
  return changed;
}
