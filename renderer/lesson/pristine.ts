// The pristine text of a workspace file, rebuilt from the learner's text and the workspace's own
// unified diff against pristine (the renderer has no other window onto the pristine tree). The
// lesson needs it for the numbers it builds on and for Reset step.

/// Undoes a unified diff (`--- a +++ b @@ -l,n +l,n @@` hunks) on `current`, the diff's "b"
/// side, returning the "a" side. Throws on a diff that does not fit `current`.
export function reverseApply(current: string, diff: string): string {
  const cur = current === '' ? [] : current.split('\n');
  const curUnterminated = cur.length > 0 && cur[cur.length - 1] !== '';
  if (!curUnterminated) cur.pop();
  const out: string[] = [];
  let at = 0; // next unread line of `cur` (0-based)
  let oldUnterminated: boolean | null = null;
  let lastKind = '';
  // The `---`/`+++` header comes before the first hunk.
  const body = diff.slice(Math.max(diff.indexOf('\n@@'), 0));
  for (const line of body.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      // A hunk of 0 new lines names the line BEFORE the change.
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      while (at < start) out.push(cur[at++]);
    } else if (line.startsWith('\\')) {
      // "No newline at end of file" after a line only the old side has (or both have).
      if (lastKind === '-' || lastKind === ' ') oldUnterminated = true;
    } else if (line.startsWith(' ') || line.startsWith('+')) {
      if (cur[at] !== line.slice(1))
        throw new Error(`the diff does not fit the file at line ${at + 1}`);
      at++;
      if (line[0] === ' ') out.push(line.slice(1));
      lastKind = line[0];
    } else if (line.startsWith('-')) {
      out.push(line.slice(1));
      lastKind = '-';
    }
  }
  const reachedEnd = at === cur.length;
  while (at < cur.length) out.push(cur[at++]);
  if (out.length === 0) return '';
  const unterminated = oldUnterminated ?? (reachedEnd ? false : curUnterminated);
  return out.join('\n') + (unterminated ? '' : '\n');
}
