/// POSIX-style path helpers for the build core. The core never imports `node:path`, so it runs in
/// a worker, the browser test host or Node alike; adapters convert host paths at the edge.

/// Joins segments with `/` and normalises `.`/`..` and repeated slashes.
export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((p) => p !== '').join('/'));
}

/// Resolves `.` and `..` segments; keeps a leading `/`; never climbs above the root.
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const body = out.join('/');
  return absolute ? `/${body}` : body || '.';
}

/// True for an absolute path: `/x`, or a Windows drive path `C:/x` (adapters turn `\\` into `/`).
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/// The directory part of a path (`a/b/c.o` -> `a/b`, `c.o` -> `.`).
export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : path.slice(0, i);
}

/// The path of `target` relative to `base` when it lies inside it, else `target` unchanged.
export function relativeTo(base: string, target: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return target.startsWith(b) ? target.slice(b.length) : target;
}

/// Replaces the extension of `path` (`x.o` with `.c` -> `x.c`); adds one if there is none.
export function withExtension(path: string, ext: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return (dot > slash ? path.slice(0, dot) : path) + ext;
}
