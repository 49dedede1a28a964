import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../../electron/services/workspace/diff.ts';
import { oracleAvailable } from '../../../support/oracle.ts';

/// Applies `diff` to `before` with GNU patch and returns the result.
function applyWithPatch(before: string | null, diff: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'diff-oracle-'));
  try {
    if (before !== null) writeFileSync(join(dir, 'f.txt'), before);
    writeFileSync(join(dir, 'p.diff'), diff);
    execFileSync('patch', ['-p1', '--batch', '--quiet', '-i', 'p.diff'], { cwd: dir });
    try {
      return readFileSync(join(dir, 'f.txt'), 'utf8');
    } catch {
      return null;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('unifiedDiff', () => {
  it('returns an empty diff for equal texts', () => {
    expect(unifiedDiff('f.txt', 'a\nb\n', 'a\nb\n')).toEqual({ text: '', added: 0, removed: 0 });
  });

  it('writes GNU-style headers and hunks', () => {
    const d = unifiedDiff('f.txt', 'a\nb\nc\n', 'a\nB\nc\n');
    expect(d.text).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
    expect(d).toMatchObject({ added: 1, removed: 1 });
  });

  it('numbers an empty range by the line before it', () => {
    const d = unifiedDiff('f.txt', null, 'x\n');
    expect(d.text).toBe('--- /dev/null\n+++ b/f.txt\n@@ -0,0 +1,1 @@\n+x\n');
  });

  it('marks a missing final newline on either side', () => {
    const d = unifiedDiff('f.txt', 'a\nb', 'a\nb\n');
    expect(d.text).toContain('-b\n\\ No newline at end of file\n+b\n');
  });

  it('splits distant changes into separate hunks', () => {
    const old = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const next = old.replace('line 2\n', 'LINE 2\n').replace('line 30\n', 'LINE 30\n');
    expect(unifiedDiff('f.txt', old, next).text.match(/^@@/gm)).toHaveLength(2);
  });
});

describe.skipIf(!oracleAvailable('patch'))('unifiedDiff against GNU patch', () => {
  // Pseudo-random edits (fixed seed): every diff must turn the old text into the new one.
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const randomText = () => {
    const lines = Array.from({ length: rand(30) }, () => `l${rand(8)}`);
    return lines.join('\n') + (rand(4) === 0 ? '' : lines.length ? '\n' : '');
  };

  it('round-trips 150 random edits', () => {
    for (let i = 0; i < 150; i++) {
      const before = randomText();
      const after = randomText();
      const d = unifiedDiff('f.txt', before, after);
      if (d.text === '') {
        expect(after).toBe(before);
        continue;
      }
      expect(applyWithPatch(before, d.text), `case ${i}:\n${d.text}`).toBe(after);
    }
  });

  it('creates and deletes whole files', () => {
    expect(applyWithPatch(null, unifiedDiff('f.txt', null, 'new\nfile\n').text)).toBe(
      'new\nfile\n',
    );
    expect(applyWithPatch('old\n', unifiedDiff('f.txt', 'old\n', null).text)).toBeNull();
  });
});
