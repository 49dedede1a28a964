// The one error type the API rejects with, and its wire form. It follows the house LocatedError
// style: the location (a workspace path, or the method and field of a bad request) is printed
// before the message, so the renderer can show `init/main.c: file is larger than 1 MiB` as is.
import { LocatedError } from '../../emulator/errors.ts';

/// Why a request failed. Stable strings: tests and the renderer may branch on them.
export type LabErrorCode =
  | 'bad-request'
  | 'forbidden'
  | 'not-found'
  | 'outside-workspace'
  | 'too-large'
  | 'binary'
  | 'conflict'
  | 'needs-confirmation'
  | 'engine-unavailable'
  | 'io'
  | 'internal';

/// An API failure with a code and a location.
export class LabError extends LocatedError {
  /// @param location what the error is about: a workspace path or `method: field`
  constructor(
    readonly code: LabErrorCode,
    readonly detail: string,
    location: string,
  ) {
    super(detail, location);
  }
}

/// A failure as it crosses IPC or the socket (plain data).
export interface WireError {
  readonly code: LabErrorCode;
  readonly message: string;
  readonly location: string;
}

const CODES: ReadonlySet<string> = new Set<LabErrorCode>([
  'bad-request',
  'forbidden',
  'not-found',
  'outside-workspace',
  'too-large',
  'binary',
  'conflict',
  'needs-confirmation',
  'engine-unavailable',
  'io',
  'internal',
]);

/// Converts anything thrown by a service into its wire form. Unknown errors become `internal`
/// with their message (never a stack: the renderer is not trusted with host internals).
export function toWireError(err: unknown, location: string): WireError {
  if (err instanceof LabError) {
    return { code: err.code, message: err.detail, location: err.location };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message, location };
}

/// Rebuilds a `LabError` on the receiving side; a malformed wire error becomes `internal`.
export function fromWireError(wire: unknown): LabError {
  if (wire && typeof wire === 'object') {
    const w = wire as Record<string, unknown>;
    const code = typeof w.code === 'string' && CODES.has(w.code) ? (w.code as LabErrorCode) : null;
    if (code && typeof w.message === 'string' && typeof w.location === 'string') {
      return new LabError(code, w.message, w.location);
    }
  }
  return new LabError('internal', 'malformed error reply from the backend', 'transport');
}

/// The error every method of an engine slot rejects with until the lead plugs the engine in.
export function engineUnavailable(engine: 'build' | 'machine' | 'trace'): LabError {
  const what = { build: 'build engine', machine: 'emulated machine', trace: 'trace recorder' };
  return new LabError(
    'engine-unavailable',
    `the ${what[engine]} is not part of this build yet`,
    engine,
  );
}
