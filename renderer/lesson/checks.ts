// The checks engine: every step's check run over one snapshot, in order, each seeing the
// verdicts before it (a build is only "done" when the files it builds are).
import {
  EXERCISES,
  LAB_STEPS,
  type CheckResult,
  type LabStepId,
  type StepId,
} from './check-types.ts';
import {
  checkCopyToUser,
  checkReturnValue,
  checkTraceMask,
  checkValidatePointer,
} from './exercise-checks.ts';
import type { LessonSnapshot } from './lab-files.ts';
import { checkBoot, checkBuild, checkRun, checkTrace, type Prior } from './runtime-checks.ts';
import {
  checkMakefile,
  checkPrototype,
  checkSource,
  checkTable,
  checkUnistd,
  checkUser,
} from './workspace-checks.ts';

type Check = (s: LessonSnapshot, prior: Prior) => CheckResult;

const CHECKS: Readonly<Record<StepId, Check>> = {
  source: checkSource,
  makefile: checkMakefile,
  table: checkTable,
  prototype: checkPrototype,
  unistd: checkUnistd,
  user: checkUser,
  build: checkBuild,
  boot: checkBoot,
  run: checkRun,
  trace: checkTrace,
  'x-return': checkReturnValue,
  'x-copy': checkCopyToUser,
  'x-validate': checkValidatePointer,
  'x-tracemask': checkTraceMask,
};

/// Steps whose evidence lives only in this session (a build, a machine): after a restart their
/// remembered "done" stands until the learner acts again.
export const SESSION_STEPS: ReadonlySet<StepId> = new Set(['build', 'boot', 'run', 'trace']);

/// Runs every check over `snapshot`.
export function runChecks(snapshot: LessonSnapshot): Map<StepId, CheckResult> {
  const results = new Map<StepId, CheckResult>();
  const prior = results as Map<LabStepId, CheckResult>;
  for (const id of [...LAB_STEPS, ...EXERCISES]) results.set(id, CHECKS[id](snapshot, prior));
  return results;
}
