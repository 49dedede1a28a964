// `syscall-lab run` trace options: --trace FILE.json and repeatable --trace-nr N, with clear
// messages for mistakes.
import { describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../../emulator/cli/run-options.ts';

describe('run --trace options', () => {
  it('takes a file and several numbers', () => {
    const o = parseRunOptions([
      '--kernel',
      'k',
      '--trace',
      't.json',
      '--trace-nr',
      '338',
      '--trace-nr',
      '4',
    ]);
    expect(o.trace).toBe('t.json');
    expect(o.traceNrs).toEqual([338, 4]);
  });

  it('records every syscall after the prompt when no number is given', () => {
    expect(parseRunOptions(['--kernel', 'k', '--trace', 't.json']).traceNrs).toEqual([]);
    expect(parseRunOptions(['--kernel', 'k']).trace).toBeUndefined();
  });

  it('explains bad values', () => {
    expect(() => parseRunOptions(['--kernel', 'k', '--trace', 't', '--trace-nr', 'x'])).toThrow(
      "--trace-nr must be a syscall number (0 to 65535), not 'x'",
    );
    expect(() => parseRunOptions(['--kernel', 'k', '--trace-nr', '338'])).toThrow(
      '--trace-nr needs --trace FILE.json',
    );
    expect(() => parseRunOptions(['--kernel', 'k', '--trace'])).toThrow(
      "option '--trace' needs a value",
    );
    expect(() => parseRunOptions(['--kernel', 'k', '--trace', 't', '--trace-nr'])).toThrow(
      "option '--trace-nr' needs a value",
    );
  });
});
