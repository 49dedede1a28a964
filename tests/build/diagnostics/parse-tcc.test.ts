import { describe, expect, it } from 'vitest';
import { hasErrors, parseTccOutput } from '../../../build/diagnostics/index.ts';

describe('parseTccOutput', () => {
  it('parses errors and warnings with file and line', () => {
    const d = parseTccOutput(
      "/t/a.c:3: warning: implicit declaration of function 'printk'\n/t/a.c:9: error: ';' expected (got \"return\")\n",
    );
    expect(d).toEqual([
      {
        file: '/t/a.c',
        line: 3,
        severity: 'warning',
        message: "implicit declaration of function 'printk'",
      },
      { file: '/t/a.c', line: 9, severity: 'error', message: `';' expected (got "return")` },
    ]);
    expect(hasErrors(d)).toBe(true);
  });

  it('attaches the include chain, outermost first, to the next message only', () => {
    const text =
      "In file included from /t/inc.c:1:\nIn file included from /t/a.h:1:\n/t/b.h:1: error: 'r' undeclared\n/t/inc.c:5: warning: w\n";
    const d = parseTccOutput(text);
    expect(d[0]).toMatchObject({
      file: '/t/b.h',
      line: 1,
      includedFrom: [
        { file: '/t/inc.c', line: 1 },
        { file: '/t/a.h', line: 1 },
      ],
    });
    expect(d[1].includedFrom).toBeUndefined();
  });

  it('handles messages about whole files and from tcc itself, and continuation lines', () => {
    const d = parseTccOutput(
      "tcc: error: file '/x.c' not found\n/t/s.S:2: error: bad expression syntax [\n]\n",
    );
    expect(d[0]).toEqual({
      file: 'tcc',
      line: 0,
      severity: 'error',
      message: "file '/x.c' not found",
    });
    expect(d[1].message).toBe('bad expression syntax [\n]');
  });

  it('turns the line 0 tcc prints for the start of a file into line 1', () => {
    expect(parseTccOutput('/f.c:0: error: unrecognized character \\x60\n')[0]).toMatchObject({
      file: '/f.c',
      line: 1,
    });
  });

  it('maps sandbox paths back to user paths', () => {
    const d = parseTccOutput('/cwd/MyPrintK/MyPrintK.c:2: error: x\n', {
      mapPath: (p) => p.replace(/^\/cwd\//, ''),
    });
    expect(d[0].file).toBe('MyPrintK/MyPrintK.c');
  });

  it('never throws on arbitrary text', () => {
    for (const t of [
      '',
      '\n\n',
      ':::',
      'a:b: error:',
      'x:0: error: y',
      '\u0000\u00ff',
      'In file included from :1:',
    ]) {
      expect(() => parseTccOutput(t)).not.toThrow();
    }
  });
});
