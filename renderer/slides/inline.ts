// The slides' tiny inline markup: `code`, **bold** and *emphasis*, turned into segments the
// component renders as elements (no HTML strings, so slide text can never inject markup).

/// A run of text and how it is shown.
export interface Segment {
  readonly text: string;
  readonly style: 'plain' | 'code' | 'bold' | 'em';
}

const TOKEN = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;

/// Splits `text` into styled segments.
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), style: 'plain' });
    if (m[1] !== undefined) out.push({ text: m[1], style: 'code' });
    else if (m[2] !== undefined) out.push({ text: m[2], style: 'bold' });
    else out.push({ text: m[3], style: 'em' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), style: 'plain' });
  return out;
}

/// The lines an excerpt shows: 1-based numbers and text.
export interface ExcerptLine {
  readonly n: number;
  readonly text: string;
  readonly marked: boolean;
}

/// Cuts an excerpt out of `text` (see the `excerpt` block); empty when `start` is not found.
export function cutExcerpt(
  text: string,
  spec: { start?: RegExp; end?: RegExp; count?: number; tail?: number; mark?: RegExp },
): ExcerptLine[] {
  const lines = text.replace(/\n$/, '').split('\n');
  let from = 0;
  let to = lines.length;
  if (spec.tail !== undefined) from = Math.max(0, lines.length - spec.tail);
  else if (spec.start) {
    from = lines.findIndex((l) => spec.start?.test(l));
    if (from < 0) return [];
    const end = spec.end ? lines.findIndex((l, i) => i > from && spec.end?.test(l)) : -1;
    to = end >= 0 ? end + 1 : Math.min(lines.length, from + (spec.count ?? 12));
  }
  return lines.slice(from, to).map((t, i) => ({
    n: from + i + 1,
    text: t,
    marked: spec.mark?.test(t) ?? false,
  }));
}
