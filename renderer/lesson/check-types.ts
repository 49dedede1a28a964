// The shape of a step check's answer, shared by the checks, the lesson state and the slides.

/// The lab's steps in order, then the "try next" exercises.
export const LAB_STEPS = [
  'source',
  'makefile',
  'table',
  'prototype',
  'unistd',
  'user',
  'build',
  'boot',
  'run',
  'trace',
] as const;

/// The exercises after the lab.
export const EXERCISES = ['x-return', 'x-copy', 'x-validate', 'x-tracemask'] as const;

/// A lab step.
export type LabStepId = (typeof LAB_STEPS)[number];
/// A lab step or an exercise: anything with a live check.
export type StepId = LabStepId | (typeof EXERCISES)[number];

/// Where a hint points: a file and a 1-based line (0: the file as a whole).
export interface HintSite {
  readonly path: string;
  readonly line: number;
}

/// A check's verdict: done, or not yet with what to do about it.
export interface CheckResult {
  readonly done: boolean;
  /// One or two sentences: what is true now and what to do next (when not done).
  readonly hint: string;
  /// The place to edit, when there is one (the slide's "Open" button goes there).
  readonly site?: HintSite;
  /// True while something is still running (a build, a boot): the hint says "wait".
  readonly pending?: boolean;
}

/// A verdict that the step is done.
export function done(hint: string, site?: HintSite): CheckResult {
  return { done: true, hint, site };
}

/// A verdict that the step is not done yet.
export function todo(hint: string, site?: HintSite): CheckResult {
  return { done: false, hint, site };
}

/// A hint site.
export function site(path: string, line: number): HintSite {
  return { path, line };
}
