// The lesson's saved progress (settings.lessonProgress): which steps were done and which slide
// the learner was on. Read defensively: a blob from an older version or edited by hand gives the
// parts that still make sense, never an exception.
import type { JsonValue } from '../../electron/ipc/lab-api.ts';
import { EXERCISES, LAB_STEPS, type StepId } from './check-types.ts';

/// What is remembered between runs.
export interface LessonProgress {
  /// The id of the slide on screen.
  readonly slide: string;
  /// Steps whose check has passed at least once.
  readonly done: readonly StepId[];
}

const KNOWN: ReadonlySet<string> = new Set([...LAB_STEPS, ...EXERCISES]);

/// Reads a stored blob; unknown steps and malformed fields are dropped.
export function readProgress(value: JsonValue): LessonProgress {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { slide: '', done: [] };
  const record = value as { readonly [key: string]: JsonValue };
  const slide = typeof record.slide === 'string' ? record.slide : '';
  const list = Array.isArray(record.done) ? (record.done as readonly JsonValue[]) : [];
  const done = list.filter((s): s is StepId => typeof s === 'string' && KNOWN.has(s));
  return { slide, done: [...new Set(done)] };
}

/// The blob to store.
export function writeProgress(progress: LessonProgress): JsonValue {
  return { version: 1, slide: progress.slide, done: [...progress.done] };
}

/// Whether two progress records say the same (saves are skipped when nothing changed).
export function sameProgress(a: LessonProgress, b: LessonProgress): boolean {
  return (
    a.slide === b.slide &&
    a.done.length === b.done.length &&
    a.done.every((s) => b.done.includes(s))
  );
}
