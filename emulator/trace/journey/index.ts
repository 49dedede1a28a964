/// The syscall journey: record one system call (or one interrupt from user mode) on a PC, name
/// it with the kernel's symbols and line table, and save/load it as documented JSON
/// (docs/trace-format.md). The recorder costs nothing until it is armed.
export * from './format.ts';
export { JourneyRecorder, DEFAULT_CAP, USER_AFTER, USER_BEFORE } from './recorder.ts';
export type { ArmSpec, RawJourney } from './raw-journey.ts';
export { annotateJourney } from './annotate.ts';
export {
  journeySymbols,
  SystemMap,
  type JourneySymbols,
  type LineLookup,
  type SourcePlace,
} from './symbols.ts';
export {
  JOURNEY_LIST_FORMAT,
  loadTrace,
  loadTraces,
  saveTrace,
  saveTraceList,
  TraceFormatError,
} from './trace-file.ts';
export { linearToPhysical, peek32, peekString } from './linear-peek.ts';
export { entryName, irqName, journeyTitle } from './title.ts';
