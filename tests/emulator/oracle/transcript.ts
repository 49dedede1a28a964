/// Describes the first line where two serial transcripts differ (with a little context), or
/// returns null when they are identical.
export function firstDifference(
  expected: string,
  actual: string,
  names: readonly [string, string] = ['QEMU', 'ours'],
  context = 3,
): string | null {
  if (expected === actual) return null;
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  const before = a.slice(from, i).map((l) => `    ${l}`);
  const show = (l: string | undefined): string =>
    l === undefined ? '<end of output>' : JSON.stringify(l);
  return [
    `first difference at line ${i + 1}:`,
    ...before,
    `  - ${names[0]}: ${show(a[i])}`,
    `  + ${names[1]}: ${show(b[i])}`,
  ].join('\n');
}
