// Line diffs in GNU `diff -u` format, so the learner's changes read like a kernel patch and the
// exported file applies with `patch -p1`. Myers' O(ND) algorithm after trimming the common head
// and tail (edits are usually small); past `MAX_EDITS` differences it falls back to replacing the
// changed middle wholesale, which is still a correct diff, just not a minimal one.

/// One line of an edit script: kept, removed from the old text, or added from the new.
type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string; readonly last: LastFlag };
/// Which side's final unterminated line this is (for the "No newline" marker).
type LastFlag = 0 | 1 | 2 | 3;
const OLD_LAST = 1;
const NEW_LAST = 2;

const CONTEXT = 3;
const MAX_EDITS = 4000;
const NO_NEWLINE = '\\ No newline at end of file';

/// A text split into lines, remembering whether the last one ended with a newline.
interface Lines {
  readonly lines: readonly string[];
  /// Comparison keys: the line, with a marker on an unterminated last line so `x` and `x\n`
  /// compare different (as in GNU diff).
  readonly keys: readonly string[];
  readonly unterminated: boolean;
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], keys: [], unterminated: false };
  const lines = text.split('\n');
  const unterminated = lines[lines.length - 1] !== '';
  if (!unterminated) lines.pop();
  const keys = lines.slice();
  if (unterminated) keys[keys.length - 1] += '\n';
  return { lines, keys, unterminated };
}

/// Counts of a diff: lines added and removed.
export interface DiffStats {
  readonly added: number;
  readonly removed: number;
}

/// The unified diff of `oldText` -> `newText` with `a/` and `b/` headers; `null` side means the
/// file does not exist there (`/dev/null`). Returns '' when the texts are equal.
export function unifiedDiff(
  path: string,
  oldText: string | null,
  newText: string | null,
): { text: string } & DiffStats {
  const a = splitLines(oldText ?? '');
  const b = splitLines(newText ?? '');
  const ops = editScript(a, b);
  const added = ops.filter((o) => o.kind === '+').length;
  const removed = ops.filter((o) => o.kind === '-').length;
  if (added === 0 && removed === 0) return { text: '', added, removed };
  const header = [
    `--- ${oldText === null ? '/dev/null' : `a/${path}`}`,
    `+++ ${newText === null ? '/dev/null' : `b/${path}`}`,
  ];
  return { text: [...header, ...hunks(ops)].join('\n') + '\n', added, removed };
}

/// The full edit script (every line of both texts, in order).
function editScript(a: Lines, b: Lines): Op[] {
  const n = a.keys.length;
  const m = b.keys.length;
  let head = 0;
  while (head < n && head < m && a.keys[head] === b.keys[head]) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && a.keys[n - 1 - tail] === b.keys[m - 1 - tail])
    tail++;
  const { keep, del, ins } = opMakers(a, b);
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push(keep(i, i));
  const middle = myers(a.keys.slice(head, n - tail), b.keys.slice(head, m - tail));
  if (middle) {
    for (const [kind, i, j] of middle) {
      ops.push(
        kind === ' ' ? keep(head + i, head + j) : kind === '-' ? del(head + i) : ins(head + j),
      );
    }
  } else {
    for (let i = head; i < n - tail; i++) ops.push(del(i));
    for (let j = head; j < m - tail; j++) ops.push(ins(j));
  }
  for (let t = tail; t > 0; t--) ops.push(keep(n - t, m - t));
  return ops;
}

/// Builders of script lines that know which lines are a side's unterminated last line.
function opMakers(a: Lines, b: Lines) {
  const lastOf = (side: Lines, i: number, flag: number): number =>
    side.unterminated && i === side.lines.length - 1 ? flag : 0;
  return {
    keep: (i: number, j: number): Op => ({
      kind: ' ',
      line: a.lines[i],
      last: (lastOf(a, i, OLD_LAST) | lastOf(b, j, NEW_LAST)) as LastFlag,
    }),
    del: (i: number): Op => ({
      kind: '-',
      line: a.lines[i],
      last: lastOf(a, i, OLD_LAST) as LastFlag,
    }),
    ins: (j: number): Op => ({
      kind: '+',
      line: b.lines[j],
      last: lastOf(b, j, NEW_LAST) as LastFlag,
    }),
  };
}

/// Myers' shortest edit script of `a` -> `b` as [kind, indexInA, indexInB] triples, or null when
/// more than MAX_EDITS edits would be needed.
function myers(
  a: readonly string[],
  b: readonly string[],
): [' ' | '-' | '+', number, number][] | null {
  const n = a.length;
  const m = b.length;
  const maxD = Math.min(n + m, MAX_EDITS);
  const off = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d++) {
    // Before step d, remember V over diagonals -d..d: backtracking needs exactly that window.
    trace.push(v.slice(off - d, off + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])
          ? v[off + k + 1]
          : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(
  trace: Int32Array[],
  dEnd: number,
  n: number,
  m: number,
): [' ' | '-' | '+', number, number][] {
  const out: [' ' | '-' | '+', number, number][] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const prev = trace[d]; // V before step d, indexed k + d
    const k = x - y;
    const down = k === -d || (k !== d && prev[k - 1 + d] < prev[k + 1 + d]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[prevK + d];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) out.push([' ', --x, --y]);
    if (down) out.push(['+', x, --y]);
    else out.push(['-', --x, y]);
  }
  while (x > 0 && y > 0) out.push([' ', --x, --y]);
  return out.reverse();
}

/// Groups an edit script into `@@` hunks with CONTEXT lines around each change.
function hunks(ops: readonly Op[]): string[] {
  const out: string[] = [];
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let g = 0;
  while (g < changed.length) {
    let end = g;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * CONTEXT) end++;
    const from = Math.max(0, changed[g] - CONTEXT);
    const to = Math.min(ops.length, changed[end] + CONTEXT + 1);
    out.push(...renderHunk(ops, from, to));
    g = end + 1;
  }
  return out;
}

function renderHunk(ops: readonly Op[], from: number, to: number): string[] {
  let oldStart = 0;
  let newStart = 0;
  for (let i = 0; i < from; i++) {
    if (ops[i].kind !== '+') oldStart++;
    if (ops[i].kind !== '-') newStart++;
  }
  let oldCount = 0;
  let newCount = 0;
  const body: string[] = [];
  for (let i = from; i < to; i++) {
    const op = ops[i];
    if (op.kind !== '+') oldCount++;
    if (op.kind !== '-') newCount++;
    body.push(op.kind + op.line);
    if (op.last) body.push(NO_NEWLINE);
  }
  // GNU convention: an empty range is numbered by the line before it.
  const range = (start: number, count: number) => `${count === 0 ? start : start + 1},${count}`;
  return [`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, ...body];
}
