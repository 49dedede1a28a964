/// One measured figure: ours next to each peer's, in the same unit.
export interface BenchRow {
  readonly metric: string;
  readonly unit: string;
  readonly ours: number;
  /// Peer name -> its figure; the ratio printed is ours / peer.
  readonly peers: Readonly<Record<string, number>>;
  /// When true a bigger figure is better (MIPS); otherwise smaller is (ms).
  readonly higherIsBetter?: boolean;
}

/// A titled group of rows, as one bench module reports it.
export interface BenchTable {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  readonly notes?: readonly string[];
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

/// Renders a table as aligned plain text (the bench output is read in terminals and notes).
export function formatTable(table: BenchTable): string {
  const header = ['metric', 'unit', 'ours', 'peer', 'peer value', 'ours/peer'];
  const lines: string[][] = [];
  for (const row of table.rows) {
    const peers = Object.entries(row.peers);
    if (peers.length === 0) lines.push([row.metric, row.unit, fmt(row.ours), '-', '-', '-']);
    for (const [name, value] of peers) {
      lines.push([row.metric, row.unit, fmt(row.ours), name, fmt(value), fmt(row.ours / value)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const render = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const out = [`== ${table.title}`, render(header), ...lines.map(render)];
  for (const note of table.notes ?? []) out.push(`  note: ${note}`);
  return out.join('\n') + '\n';
}
