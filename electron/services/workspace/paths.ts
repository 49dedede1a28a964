// Where a workspace path may point and what a file must look like to be edited. The validation
// module already refuses `..` and absolute paths in messages; this is the service's own last line
// of defence (it is also called from the Electron main process and tests directly), plus the
// symlink check that only the file system can answer.
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { LabError } from '../../ipc/lab-errors.ts';
import { workspacePath } from '../../ipc/validate-schema.ts';

/// Resolves `rel` under `root` or throws `outside-workspace`. Follows symbolic links in the
/// existing part of the path, so a link inside the tree cannot lead out of it.
export async function resolveInside(root: string, rel: string): Promise<string> {
  try {
    workspacePath(rel, rel);
  } catch (err) {
    const why = err instanceof LabError ? err.detail : 'invalid path';
    throw new LabError('outside-workspace', why, rel);
  }
  const target = resolve(root, ...rel.split('/'));
  if (!isWithin(root, target))
    throw new LabError('outside-workspace', 'path leaves the workspace', rel);
  const real = await realpathOfExisting(target);
  if (!isWithin(await realpath(root), real)) {
    throw new LabError('outside-workspace', 'path leads out of the workspace through a link', rel);
  }
  return target;
}

/// True when `child` is `root` itself or inside it.
export function isWithin(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep));
}

/// The real path of the deepest existing ancestor of `path`, joined with the rest.
async function realpathOfExisting(path: string): Promise<string> {
  let current = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return resolve(await realpath(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      rest.push(current.slice(parent.length + 1));
      current = parent;
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/// Why a file cannot be edited (`binary`, `too-large`), or null when it is editable text.
export function textProblem(
  bytes: Uint8Array,
  maxBytes: number,
): { code: 'binary' | 'too-large'; message: string } | null {
  if (bytes.length > maxBytes) {
    return {
      code: 'too-large',
      message: `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`,
    };
  }
  if (bytes.includes(0))
    return { code: 'binary', message: 'binary file (contains NUL bytes); not editable' };
  try {
    utf8.decode(bytes);
  } catch {
    return { code: 'binary', message: 'not UTF-8 text; not editable' };
  }
  return null;
}

/// Decodes text known to be valid (see `textProblem`).
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/// `1 MiB`, `12.5 KiB`, `300 B`.
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${trim(n / (1024 * 1024))} MiB`;
  if (n >= 1024) return `${trim(n / 1024)} KiB`;
  return `${n} B`;
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
