/// Parses the make-syntax dependency files compilers write with `-MD` (`x.o: x.c a.h \` ...).
/// Only the prerequisites matter: they are the files whose change makes the object stale.

/// The prerequisites listed in dependency-file text (all rules merged, duplicates removed, in
/// first-seen order). Escaped spaces (`\ `) stay part of a name; `$$` is a `$`.
export function parseDepfile(text: string): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of joined.split(/\r?\n/)) {
    const colon = ruleColon(line);
    if (colon < 0) continue;
    for (const raw of line.slice(colon + 1).split(/(?<!\\)[ \t]+/)) {
      const name = raw.replace(/\\ /g, ' ').replace(/\$\$/g, '$').trim();
      if (name !== '' && !seen.has(name)) {
        seen.add(name);
        out.push(name);
      }
    }
  }
  return out;
}

/// The colon that separates targets from prerequisites (not a Windows drive letter `C:\`).
function ruleColon(line: string): number {
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== ':') continue;
    const drive = i === 1 && /[A-Za-z]/.test(line[0]) && (line[2] === '\\' || line[2] === '/');
    if (!drive) return i;
  }
  return -1;
}
