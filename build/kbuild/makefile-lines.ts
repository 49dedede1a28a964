/// Splits Makefile text into logical lines the way GNU make does before parsing: backslash-newline
/// continuations are joined (with the surrounding whitespace folded to one space), then a `#`
/// not escaped as `\#` starts a comment. Recipe lines (tab-led, after a rule) keep their text so
/// the reader can recognise and skip them.

/// One logical line: its text (continuations joined, comment removed) and where it started.
export interface LogicalLine {
  /// 1-based number of the first physical line.
  readonly line: number;
  /// The joined text with the comment stripped (recipe lines keep their leading tab).
  readonly text: string;
  /// True when the first physical line starts with a tab (a recipe line if inside a rule).
  readonly tab: boolean;
}

function endsWithContinuation(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/// Removes a trailing comment, honouring `\#` escapes (which become `#`).
export function stripComment(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '#') {
      out += '#';
      i++;
    } else if (c === '#') {
      break;
    } else {
      out += c;
    }
  }
  return out;
}

/// Splits `source` into logical lines; never throws.
export function logicalLines(source: string): LogicalLine[] {
  const physical = source.replace(/\r\n?/g, '\n').split('\n');
  const out: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let text = physical[i];
    while (endsWithContinuation(text) && i + 1 < physical.length) {
      i++;
      text = text.slice(0, -1).replace(/[ \t]+$/, '') + ' ' + physical[i].replace(/^[ \t]+/, '');
    }
    if (endsWithContinuation(text)) text = text.slice(0, -1);
    const tab = text.startsWith('\t');
    out.push({ line: start + 1, text: tab ? text : stripComment(text), tab });
  }
  return out;
}
