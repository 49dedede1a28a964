/// The pure text functions of GNU make that Kbuild data may use (`$(addprefix ...)`,
/// `$(patsubst ...)`, ...). Functions with side effects or host access (`shell`, `wildcard`,
/// `eval`, `call`...) are known but unsupported: they return undefined and the caller marks the
/// variable, so the runner can say why a value is unreliable instead of silently mis-building.

import { splitWords } from './make-vars.ts';

type Expand = (text: string) => string;
type Fn = (args: string[], x: Expand) => string;

function words(x: Expand, arg: string | undefined): string[] {
  return splitWords(x(arg ?? ''));
}

function patternMatch(pattern: string, word: string): string | undefined {
  const p = pattern.indexOf('%');
  if (p < 0) return word === pattern ? '' : undefined;
  const pre = pattern.slice(0, p);
  const post = pattern.slice(p + 1);
  if (word.length < pre.length + post.length) return undefined;
  if (!word.startsWith(pre) || !word.endsWith(post)) return undefined;
  return word.slice(pre.length, word.length - post.length);
}

function patsubst(args: string[], x: Expand): string {
  const pattern = x(args[0] ?? '').trim();
  const replacement = x(args[1] ?? '').trim();
  return words(x, args.slice(2).join(','))
    .map((w) => {
      const stem = patternMatch(pattern, w);
      if (stem === undefined) return w;
      return replacement.includes('%') ? replacement.replace('%', stem) : replacement;
    })
    .join(' ');
}

function filter(keep: boolean): Fn {
  return (args, x) => {
    const patterns = words(x, args[0]);
    return words(x, args.slice(1).join(','))
      .filter((w) => patterns.some((p) => patternMatch(p, w) !== undefined) === keep)
      .join(' ');
  };
}

function perWord(f: (w: string) => string): Fn {
  return (args, x) => words(x, args.join(',')).map(f).join(' ');
}

const pure: Record<string, Fn> = {
  subst: (a, x) =>
    x(a.slice(2).join(','))
      .split(x(a[0] ?? ''))
      .join(x(a[1] ?? '')),
  patsubst,
  strip: (a, x) => words(x, a.join(',')).join(' '),
  addprefix: (a, x) =>
    words(x, a.slice(1).join(','))
      .map((w) => x(a[0]) + w)
      .join(' '),
  addsuffix: (a, x) =>
    words(x, a.slice(1).join(','))
      .map((w) => w + x(a[0]))
      .join(' '),
  filter: filter(true),
  'filter-out': filter(false),
  sort: (a, x) => [...new Set(words(x, a.join(',')))].sort().join(' '),
  firstword: (a, x) => words(x, a.join(','))[0] ?? '',
  lastword: (a, x) => words(x, a.join(',')).at(-1) ?? '',
  words: (a, x) => String(words(x, a.join(',')).length),
  dir: perWord((w) => (w.includes('/') ? w.slice(0, w.lastIndexOf('/') + 1) : './')),
  notdir: perWord((w) => w.slice(w.lastIndexOf('/') + 1)),
  basename: perWord((w) => (/\.[^./]*$/.test(w) ? w.replace(/\.[^./]*$/, '') : w)),
  suffix: (a, x) =>
    words(x, a.join(','))
      .map((w) => /\.[^./]*$/.exec(w)?.[0] ?? '')
      .filter((s) => s !== '')
      .join(' '),
  if: (a, x) => (x(a[0] ?? '').trim() !== '' ? x(a[1] ?? '') : x(a.slice(2).join(','))),
  or: (a, x) => a.map((t) => x(t).trim()).find((v) => v !== '') ?? '',
  and: (a, x) => {
    let last = '';
    for (const t of a) if ((last = x(t).trim()) === '') return '';
    return last;
  },
  error: () => '',
  warning: () => '',
  info: () => '',
};

const unsupported = new Set([
  'shell',
  'wildcard',
  'eval',
  'call',
  'foreach',
  'origin',
  'value',
  'flavor',
  'realpath',
  'abspath',
  'file',
  'guile',
  'join',
  'word',
  'wordlist',
  'findstring',
]);

/// True when `name` is a make function (supported or not), not a variable.
export function isKnownFunction(name: string): boolean {
  return name in pure || unsupported.has(name);
}

/// Calls function `name`; undefined when the reader does not evaluate it.
export function callFunction(name: string, args: string[], expand: Expand): string | undefined {
  const fn = pure[name];
  return fn ? fn(args, expand) : undefined;
}
