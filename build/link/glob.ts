// Wildcard patterns of linker scripts (`*`, `?`, `[a-z]`, `[!x]`), compiled once into matchers.

/// A compiled pattern: a predicate on names.
export type Matcher = (name: string) => boolean;

const cache = new Map<string, Matcher>();

/// Compiles `pattern`; literal patterns compare with `===`, `*` alone matches everything.
export function globMatcher(pattern: string): Matcher {
  let m = cache.get(pattern);
  if (m) return m;
  if (pattern === '*') m = () => true;
  else if (!/[*?[]/.test(pattern)) m = (name) => name === pattern;
  else {
    let re = '^';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '*') re += '.*';
      else if (c === '?') re += '.';
      else if (c === '[') {
        const end = pattern.indexOf(']', i + 2);
        if (end < 0) {
          re += '\\[';
          continue;
        }
        let body = pattern.slice(i + 1, end);
        if (body[0] === '!') body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = end;
      } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
    const rx = new RegExp(re + '$');
    m = (name) => rx.test(name);
  }
  cache.set(pattern, m);
  return m;
}

/// File patterns match the object's name or its base name (as GNU ld matches `*crtbegin.o`).
export function fileMatcher(pattern: string): Matcher {
  const m = globMatcher(pattern);
  if (pattern === '*') return m;
  return (name) => m(name) || m(name.slice(name.lastIndexOf('/') + 1)) || m(archiveMember(name));
}

function archiveMember(name: string): string {
  const open = name.lastIndexOf('(');
  return open >= 0 && name.endsWith(')') ? name.slice(open + 1, -1) : name;
}
