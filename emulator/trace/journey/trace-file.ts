/// Saving and loading journey traces: JSON text with the format name and version checked and
/// every frame's shape validated, so a corrupt or foreign file gives a located message
/// (`file: frames[12].regs.gpr: expected 8 numbers`) instead of a broken animation.
import { LocatedError } from '../../errors.ts';
import {
  JOURNEY_FORMAT,
  JOURNEY_VERSION,
  STAGES,
  type Frame,
  type JourneyTrace,
} from './format.ts';

/// A trace file that cannot be used, located by file name and JSON path.
export class TraceFormatError extends LocatedError {
  constructor(
    message: string,
    readonly file: string,
    readonly path: string,
  ) {
    super(message, path ? `${file}: ${path}` : file);
  }
}

/// The JSON text of `trace` (one frame per line, so diffs and greps stay readable).
export function saveTrace(trace: JourneyTrace): string {
  const { frames, ...head } = trace;
  const body = frames.map((f) => `    ${JSON.stringify(f)}`).join(',\n');
  const headText = JSON.stringify(head, null, 2);
  return `${headText.slice(0, -2)},\n  "frames": [\n${body}\n  ]\n}\n`;
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function checkFrame(f: unknown, i: number, file: string): Frame {
  const at = `frames[${i}]`;
  const fail = (what: string) => {
    throw new TraceFormatError(what, file, at);
  };
  if (typeof f !== 'object' || f === null) fail('expected an object');
  const o = f as Record<string, unknown>;
  if (o.index !== i) fail(`index is ${String(o.index)}, expected ${i}`);
  if (!STAGES.includes(o.stage as never)) fail(`unknown stage ${JSON.stringify(o.stage)}`);
  if (o.kind !== 'insn' && o.kind !== 'cpu') fail(`unknown kind ${JSON.stringify(o.kind)}`);
  if (!isNum(o.address) || typeof o.text !== 'string' || !isNum(o.depth))
    fail('address, text and depth are required');
  const r = o.regs as Record<string, unknown> | undefined;
  if (!r || !Array.isArray(r.gpr) || r.gpr.length !== 8 || !r.gpr.every(isNum))
    throw new TraceFormatError('expected 8 numbers', file, `${at}.regs.gpr`);
  for (const k of ['eip', 'eflags', 'cs', 'ss', 'cpl'])
    if (!isNum(r[k])) throw new TraceFormatError('expected a number', file, `${at}.regs.${k}`);
  return o as unknown as Frame;
}

/// Parses and checks a trace file's text; `file` names it in messages.
export function loadTrace(text: string, file = 'trace.json'): JourneyTrace {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TraceFormatError(`not JSON (${(e as Error).message})`, file, '');
  }
  if (typeof data !== 'object' || data === null)
    throw new TraceFormatError('expected a JSON object', file, '');
  const o = data as Record<string, unknown>;
  if (o.format !== JOURNEY_FORMAT)
    throw new TraceFormatError(`not a ${JOURNEY_FORMAT} file`, file, 'format');
  if (o.version !== JOURNEY_VERSION)
    throw new TraceFormatError(
      `version ${String(o.version)} is not supported (this app reads version ${JOURNEY_VERSION})`,
      file,
      'version',
    );
  if (typeof o.facts !== 'object' || o.facts === null)
    throw new TraceFormatError('missing', file, 'facts');
  if (!Array.isArray(o.frames) || o.frames.length === 0)
    throw new TraceFormatError('expected a non-empty array', file, 'frames');
  if (!Array.isArray(o.calls)) throw new TraceFormatError('expected an array', file, 'calls');
  if (!Array.isArray(o.sources)) throw new TraceFormatError('expected an array', file, 'sources');
  o.frames.forEach((f, i) => checkFrame(f, i, file));
  return o as unknown as JourneyTrace;
}

/// Format name of a file holding several journeys (`syscall-lab run --trace`).
export const JOURNEY_LIST_FORMAT = 'syscall-lab-journey-list';

/// The JSON text of several traces.
export function saveTraceList(traces: readonly JourneyTrace[]): string {
  const body = traces.map((t) => saveTrace(t).trimEnd()).join(',\n');
  return `{"format": "${JOURNEY_LIST_FORMAT}", "version": ${JOURNEY_VERSION}, "traces": [\n${body}\n]}\n`;
}

/// Loads either one trace or a list of them; every trace is checked as `loadTrace` does.
export function loadTraces(text: string, file = 'trace.json'): JourneyTrace[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TraceFormatError(`not JSON (${(e as Error).message})`, file, '');
  }
  const o = data as Record<string, unknown> | null;
  if (o?.format !== JOURNEY_LIST_FORMAT) return [loadTrace(text, file)];
  if (!Array.isArray(o.traces)) throw new TraceFormatError('expected an array', file, 'traces');
  return o.traces.map((t, i) => {
    try {
      return loadTrace(JSON.stringify(t), file);
    } catch (e) {
      if (!(e instanceof TraceFormatError)) throw e;
      throw new TraceFormatError(
        e.message.slice(e.location.length + 2),
        file,
        `traces[${i}].${e.path}`,
      );
    }
  });
}
