// Build diagnostics as the editor needs them: `file` relative to the workspace tree root, in
// POSIX form, so the editor can underline it and a click can open it. The runner already reports
// tree-relative paths for sources; a message about an output (the output folder, an object the
// linker read) is shown relative to the output folder, which keeps host paths out of the UI.
import { isAbsolute, relative, sep } from 'node:path';
import type { BuildDiagnostic } from '../../ipc/lab-api.ts';

/// `d` with its file (and include chain) made relative to `tree` where they lie inside it.
export function relativeDiagnostic<D extends BuildDiagnostic>(d: D, tree: string, out: string): D {
  const file = relativeFile(d.file, tree, out);
  const includedFrom = d.includedFrom?.map((s) => ({
    ...s,
    file: relativeFile(s.file, tree, out),
  }));
  if (file === d.file && !includedFrom) return d;
  return includedFrom ? { ...d, file, includedFrom } : { ...d, file };
}

function relativeFile(file: string, tree: string, out: string): string {
  const posix = file.replace(/\\/g, '/');
  if (!isAbsolute(file) && !/^[A-Za-z]:\//.test(posix)) return posix.replace(/^\.\//, '');
  for (const root of [tree, out]) {
    const rel = relative(root, file);
    if (rel === '') return root === out ? '(build output)' : '.';
    if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return posix;
}
