// Which files of the shipped kernel tree are build products rather than sources. The tree's own
// root `.gitignore` says so (one source of truth: `*.o`, `vmlinux`, ...), so an in-tree
// `make CC=gcc` never leaks objects or images into a learner's workspace or into the package.
// Supported: blank lines, `#` comments, `*` and `?` globs, names without a slash (matched against
// every path's last part) and paths with one (matched from the root). Negations (`!x`) are not
// used by the tree and are skipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/// Decides whether a tree-relative POSIX path is ignored.
export type IgnoreRule = (rel: string) => boolean;

/// Reads `root/.gitignore`; a tree without one ignores nothing.
export async function loadIgnoreRules(root: string): Promise<IgnoreRule> {
  const text = await readFile(join(root, '.gitignore'), 'utf8').catch(() => '');
  return parseIgnoreRules(text);
}

/// Builds the rule from `.gitignore` text.
export function parseIgnoreRules(text: string): IgnoreRule {
  const byName: RegExp[] = [];
  const byPath: RegExp[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const pattern = line.replace(/\/$/, '');
    if (pattern.includes('/')) byPath.push(globToRegExp(pattern.replace(/^\//, '')));
    else byName.push(globToRegExp(pattern));
  }
  return (rel) => {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return byName.some((re) => re.test(name)) || byPath.some((re) => re.test(rel));
  };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}
