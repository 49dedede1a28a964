// Rebuilding a pristine file from the learner's text and the workspace's own diff.
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../electron/services/workspace/diff.ts';
import { reverseApply } from '../../../renderer/lesson/pristine.ts';
import { STEP_EDITS } from '../../../renderer/lesson/solutions.ts';
import { pristine, solutionContext } from './lesson-fixture.ts';

const cases: [string, string][] = [
  ['a\nb\nc\n', 'a\nB\nc\n'],
  ['a\nb\nc\n', 'a\nb\nc\nd\n'],
  ['a\nb\nc\n', 'x\na\nb\nc'],
  ['a\nb', 'a\nb\n'],
  ['', 'new\n'],
  ['one\ntwo\n', ''],
  ['1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n', '1\n2\nX\n4\n5\n6\n7\n8\n9\n10\nY\n12\n'],
];

describe('reverseApply', () => {
  it.each(cases)('%j <- %j', (before, after) => {
    expect(reverseApply(after, unifiedDiff('f', before, after).text)).toBe(before);
  });

  it('gives back pristine unistd_32.h after the lab step', () => {
    const before = pristine('unistd') ?? '';
    const edit = STEP_EDITS.unistd?.[0];
    const after = edit?.apply(before, solutionContext()) ?? '';
    expect(reverseApply(after, unifiedDiff('u', before, after).text)).toBe(before);
  });

  it('refuses a diff that does not fit', () => {
    const d = unifiedDiff('f', 'a\nb\n', 'a\nc\n').text;
    expect(() => reverseApply('a\nz\n', d)).toThrow(/does not fit/);
  });
});
