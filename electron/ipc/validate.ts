// The one validation module both backends run on every message: the Electron IPC handler and the
// WebSocket host. It checks who sent a message (sender), that the method exists, and the shape,
// sizes and path sanity of its argument, before any service sees it.
import type { LabMethodName, LabParams } from './lab-api.ts';
import { labMethodNames } from './lab-api.ts';
import { LabError } from './lab-errors.ts';
import type { Check } from './validate-schema.ts';
import {
  bool,
  json,
  none,
  num,
  object,
  oneOf,
  optional,
  str,
  workspacePath,
} from './validate-schema.ts';

/// Largest text file the workspace reads or writes (bytes of UTF-8).
export const MAX_FILE_BYTES = 1024 * 1024;
/// Largest lesson-progress blob (bytes of JSON).
export const MAX_PROGRESS_BYTES = 64 * 1024;
/// Largest trace file the app loads (bytes of JSON; an Oops journey is about 7 MB).
export const MAX_TRACE_BYTES = 32 * 1024 * 1024;
/// Largest chunk of typed serial input per message.
export const MAX_SERIAL_INPUT = 4096;

const pathOnly = object({ path: workspacePath });

/// The argument check of every method; the mapped type makes a missing method a compile error.
export const PARAM_CHECKS: { readonly [M in LabMethodName]: Check<LabParams<M>> } = {
  'workspace.info': none,
  'workspace.list': none,
  'workspace.read': pathOnly,
  'workspace.write': object({
    path: workspacePath,
    text: str(MAX_FILE_BYTES),
    baseVersion: optional(str(128, 1)),
  }),
  'workspace.remove': object({ path: workspacePath, confirm: bool }),
  'workspace.reset': object({ path: optional(workspacePath), confirm: bool }),
  'workspace.diff': object({ path: optional(workspacePath) }),
  'workspace.exportPatch': none,
  'settings.get': none,
  'settings.update': object({
    theme: optional(oneOf('light', 'dark')),
    zoom: optional(num(0.5, 3)),
    projector: optional(bool),
    lessonProgress: optional(json(MAX_PROGRESS_BYTES)),
  }),
  'build.start': object({
    target: optional(oneOf('all', 'kernel', 'user')),
    jobs: optional(num(1, 64, true)),
  }),
  'build.cancel': none,
  'machine.boot': object({
    memoryMiB: optional(num(8, 1024, true)),
    cmdline: optional(str(1024)),
  }),
  'machine.serialInput': object({ text: str(MAX_SERIAL_INPUT, 1) }),
  'machine.stop': none,
  'machine.reset': none,
  'machine.status': none,
  'trace.list': none,
  'trace.get': object({ id: str(128, 1) }),
  'trace.arm': object({ nr: optional(num(0, 65535, true)), irq: optional(num(0, 15, true)) }),
  'trace.disarm': none,
  'trace.load': object({ name: str(256, 1), text: str(MAX_TRACE_BYTES, 2) }),
  'trace.save': object({ id: str(128, 1) }),
  'app.info': none,
};

const METHODS: ReadonlySet<string> = new Set(labMethodNames());

/// A request that passed validation: a known method and its checked argument.
export interface ValidRequest<M extends LabMethodName = LabMethodName> {
  readonly method: M;
  readonly params: LabParams<M>;
}

/// Checks an incoming call. Throws a located `bad-request` LabError on any problem.
export function validateRequest(method: unknown, params: unknown): ValidRequest {
  if (typeof method !== 'string' || method.length > 64 || !METHODS.has(method)) {
    const shown = typeof method === 'string' ? JSON.stringify(method.slice(0, 64)) : typeof method;
    throw new LabError('bad-request', `unknown method ${shown}`, 'request');
  }
  const name = method as LabMethodName;
  const check = PARAM_CHECKS[name] as Check<unknown>;
  return { method: name, params: check(params, `${name}: params`) as LabParams<typeof name> };
}

/// Sender check for Electron IPC: only the main frame of our own page may call. `frameUrl` is the
/// sending frame's URL; `allowedOrigins` are the app's own origins (`app://lab`, or the dev
/// server's during development).
export function checkIpcSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  allowedOrigins: readonly string[],
): void {
  if (!isMainFrame) throw new LabError('forbidden', 'calls from sub-frames are refused', 'sender');
  const origin = originOf(frameUrl);
  if (!origin || !allowedOrigins.includes(origin)) {
    throw new LabError(
      'forbidden',
      `calls from ${origin ?? 'an unknown page'} are refused`,
      'sender',
    );
  }
}

/// Sender check for the WebSocket host: the browser's Origin header must be the host's own page
/// (a page on another site cannot open our socket) and the per-run token must match.
export function checkSocketClient(
  origin: string | undefined,
  token: string | null,
  expected: { readonly origins: readonly string[]; readonly token: string },
): void {
  if (!origin || !expected.origins.includes(origin)) {
    throw new LabError('forbidden', `origin ${origin ?? '(none)'} is not this host`, 'sender');
  }
  if (token === null || !sameSecret(token, expected.token)) {
    throw new LabError('forbidden', 'missing or wrong access token', 'sender');
  }
}

/// The `scheme://host[:port]` of a URL, or null when it does not parse. Custom schemes such as
/// `app://lab/` have an opaque `origin` ("null") in WHATWG URL, so it is rebuilt from parts.
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/// Compares secrets in time independent of where they first differ.
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
