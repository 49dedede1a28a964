// `syscall-lab run` trace options: --trace FILE.json with repeatable --trace-nr N (syscalls) or
// --trace-irq N (interrupts taken in user code), with clear messages for mistakes.
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

  it('takes IRQ lines for interrupt journeys', () => {
    const o = parseRunOptions(['--kernel', 'k', '--trace', 't.json', '--trace-irq', '0']);
    expect(o.traceIrqs).toEqual([0]);
    expect(o.traceNrs).toEqual([]);
    expect(parseRunOptions(['--kernel', 'k']).traceIrqs).toEqual([]);
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
    expect(() => parseRunOptions(['--kernel', 'k', '--trace', 't', '--trace-irq', '16'])).toThrow(
      "--trace-irq must be an IRQ line (0 to 15), not '16'",
    );
    expect(() => parseRunOptions(['--kernel', 'k', '--trace-irq', '0'])).toThrow(
      '--trace-irq needs --trace FILE.json',
    );
    expect(() =>
      parseRunOptions(['--kernel', 'k', '--trace', 't', '--trace-nr', '4', '--trace-irq', '0']),
    ).toThrow('--trace-nr and --trace-irq cannot be mixed');
  });
});
