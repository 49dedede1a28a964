// Small runtime checks for untrusted messages. Each check returns the value with its static type
// or throws a `bad-request` LabError located at the offending field (`workspace.write: params.path`),
// so a malformed message from a compromised renderer or a stray socket client gets a clear answer
// and never reaches a service.
import type { JsonValue } from './lab-api.ts';
import { LabError } from './lab-errors.ts';

/// Validates `value`, found at `at` (for messages), and returns it typed.
export type Check<T> = (value: unknown, at: string) => T;

function fail(at: string, message: string): never {
  throw new LabError('bad-request', message, at);
}

/// A string of `min`..`max` UTF-16 units.
export function str(max: number, min = 0): Check<string> {
  return (v, at) => {
    if (typeof v !== 'string') fail(at, `expected a string, got ${describe(v)}`);
    if (v.length < min || v.length > max) {
      fail(at, `expected ${min}..${max} characters, got ${v.length}`);
    }
    return v;
  };
}

/// A finite number in [min, max]; with `integer`, a whole number.
export function num(min: number, max: number, integer = false): Check<number> {
  return (v, at) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      fail(at, `expected a number, got ${describe(v)}`);
    if (integer && !Number.isInteger(v)) fail(at, `expected a whole number, got ${v}`);
    if (v < min || v > max) fail(at, `expected a number in ${min}..${max}, got ${v}`);
    return v;
  };
}

/// A boolean.
export const bool: Check<boolean> = (v, at) => {
  if (typeof v !== 'boolean') fail(at, `expected true or false, got ${describe(v)}`);
  return v;
};

/// One of the given strings.
export function oneOf<T extends string>(...values: readonly T[]): Check<T> {
  return (v, at) => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      fail(at, `expected one of ${values.join(', ')}, got ${describe(v)}`);
    }
    return v as T;
  };
}

/// `undefined` (absent), or what `check` accepts.
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v, at) => (v === undefined ? undefined : check(v, at));
}

/// No argument at all (methods like `workspace.list()`); `null` is accepted as JSON's absence.
export const none: Check<undefined> = (v, at) => {
  if (v !== undefined && v !== null) fail(at, `expected no argument, got ${describe(v)}`);
  return undefined;
};

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/// A plain object with exactly the keys of `shape` (unknown keys are refused, so a typo in a
/// caller shows up at once instead of being silently ignored).
export function object<S extends Shape>(shape: S): Check<Checked<S>> {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      fail(at, `expected an object, got ${describe(v)}`);
    }
    const input = v as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(shape, key)) fail(`${at}.${key}`, 'unexpected field');
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(input[key], `${at}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as Checked<S>;
  };
}

/// Any JSON value whose serialisation is at most `maxBytes` long and `maxDepth` deep.
export function json(maxBytes: number, maxDepth = 32): Check<JsonValue> {
  return (v, at) => {
    checkJsonDepth(v, at, maxDepth);
    const text = JSON.stringify(v);
    if (text === undefined) fail(at, 'expected a JSON value');
    if (text.length > maxBytes)
      fail(at, `JSON is ${text.length} bytes, over the ${maxBytes} limit`);
    return v as JsonValue;
  };
}

function checkJsonDepth(v: unknown, at: string, depth: number): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail(at, 'numbers must be finite');
    return;
  }
  if (typeof v !== 'object') fail(at, `expected a JSON value, got ${describe(v)}`);
  if (depth <= 0) fail(at, 'JSON nested too deeply');
  const proto = Object.getPrototypeOf(v);
  if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
    fail(at, 'expected plain JSON data');
  }
  for (const item of Object.values(v as object)) checkJsonDepth(item, at, depth - 1);
}

const MAX_PATH = 512;
const MAX_SEGMENT = 255;
// Characters that are unsafe in a file name on at least one supported OS, or control characters.
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u001f\u007f<>:"|?*\\]/;

/// A workspace-relative POSIX path: `arch/x86/kernel/entry_32.S`. Refuses absolute paths,
/// drive letters, backslashes, `.`/`..`/empty segments and characters some OS cannot store, so a
/// path that passes can only name something inside the workspace.
export const workspacePath: Check<string> = (v, at) => {
  const path = str(MAX_PATH, 1)(v, at);
  if (path.startsWith('/')) fail(at, `"${path}" is absolute; use a path inside the workspace`);
  const bad = BAD_CHARS.exec(path);
  if (bad) fail(at, `"${printable(path)}" contains the character ${JSON.stringify(bad[0])}`);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      fail(at, `"${path}" has an empty, "." or ".." part; it must stay inside the workspace`);
    }
    if (segment.length > MAX_SEGMENT)
      fail(at, `a part of the path is over ${MAX_SEGMENT} characters`);
    if (segment.endsWith(' ') || segment.endsWith('.')) {
      fail(at, `"${path}" has a part ending in a space or dot, which Windows cannot store`);
    }
  }
  return path;
};

function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `a string` : typeof v;
}
