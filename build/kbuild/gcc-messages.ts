/// Parses the messages of GCC and GNU as (`--cc gcc` builds) into build diagnostics:
/// `file:line:col: error: message`, `fatal error:`, notes, `In file included from` chains, and
/// the assembler's `file:line: Error: message`. Caret and context lines are dropped (the editor
/// draws its own). tcc's own messages are parsed by build/diagnostics.

import type { IncludeStep } from '../diagnostics/index.ts';
import type { BuildDiagnostic } from './diagnostic.ts';

const MESSAGE = /^(.+?):(\d+):(?:(\d+):)? (fatal error|error|warning|note|Error|Warning): (.*)$/;
const INCLUDED = /^(?:In file included|\s+) from (.+?):(\d+)(?::\d+)?[:,]$/;

/// Parses GCC/GNU as stderr; `mapFile` turns the printed path into a tree-relative one.
export function parseGccMessages(
  stderr: string,
  mapFile: (f: string) => string = (f) => f,
): BuildDiagnostic[] {
  const out: BuildDiagnostic[] = [];
  let chain: IncludeStep[] = [];
  for (const raw of stderr.split(/\r?\n/)) {
    const inc = INCLUDED.exec(raw);
    if (inc) {
      chain.push({ file: mapFile(inc[1]), line: Number(inc[2]) });
      continue;
    }
    const m = MESSAGE.exec(raw);
    if (!m) continue;
    const kind = m[4].toLowerCase();
    const severity = kind === 'fatal error' ? 'error' : (kind as 'error' | 'warning' | 'note');
    out.push({
      file: mapFile(m[1]),
      line: Number(m[2]),
      ...(m[3] ? { column: Number(m[3]) } : {}),
      severity,
      message: m[5].replace(/ \[-W[^\]]+\]$/, ''),
      stage: 'compile',
      ...(chain.length > 0 ? { includedFrom: [...chain].reverse() } : {}),
    });
    chain = [];
  }
  return out;
}
