// Case-by-case comparison of the libc suite's output: every line is "name: result".

/// One case whose result differs between our libc and the oracle.
export interface CaseDiff {
  readonly name: string;
  readonly ours: string | undefined;
  readonly oracle: string | undefined;
}

/// Splits output into [name, result] pairs, in order (a name may repeat: it is numbered).
export function parseCases(output: string): Array<[string, string]> {
  const seen = new Map<string, number>();
  const cases: Array<[string, string]> = [];
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const cut = line.indexOf(': ');
    const base = cut < 0 ? line : line.slice(0, cut);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    cases.push([n > 1 ? `${base} #${n}` : base, cut < 0 ? '' : line.slice(cut + 2)]);
  }
  return cases;
}

/// The cases that differ (missing on either side counts as a difference).
export function diffCases(ours: string, oracle: string): CaseDiff[] {
  const a = new Map(parseCases(ours));
  const b = new Map(parseCases(oracle));
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((n) => a.get(n) !== b.get(n))
    .map((name) => ({ name, ours: a.get(name), oracle: b.get(name) }));
}
