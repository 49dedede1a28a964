// Debian's tcc source package, fetched without changing the system: a private apt
// configuration (deb-src lines derived from the machine's own deb lines; private lists, cache
// and state under build/tcc/cache/apt), `apt-get update` and `apt-get source --download-only`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { log, step } from './build-steps.mjs';

// ---------------------------------------------------------------- apt sources

/**
 * Turns deb822 stanzas (`*.sources`) into deb-src stanzas: every enabled stanza whose Types
 * include `deb` is copied with `Types: deb-src`. Continuation lines (an inline Signed-By key)
 * are kept verbatim. Returns the new stanzas' text (empty when there is none).
 */
export function debSrcFromDeb822(text) {
  const out = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const lines = stanza.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== '');
    const field = (name) =>
      lines
        .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
        ?.slice(name.length + 1)
        .trim();
    const types = (field('Types') ?? '').split(/\s+/);
    if (!types.includes('deb') || /^no$/i.test(field('Enabled') ?? 'yes')) continue;
    out.push(lines.map((l) => (/^types:/i.test(l) ? 'Types: deb-src' : l)).join('\n'));
  }
  return out.join('\n\n');
}

/** Turns one-line `deb [opts] URI suite comps` entries into `deb-src` lines (others dropped). */
export function debSrcFromOneLine(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^deb\s/.test(l))
    .map((l) => l.replace(/^deb\s/, 'deb-src '))
    .join('\n');
}

/** Reads the machine's apt sources (read-only) and derives our private deb-src configuration. */
export function deriveSources(etcApt = '/etc/apt') {
  const read = (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '');
  const partsDir = path.join(etcApt, 'sources.list.d');
  const parts = fs.existsSync(partsDir) ? fs.readdirSync(partsDir).sort() : [];
  const deb822 = parts
    .filter((f) => f.endsWith('.sources'))
    .map((f) => debSrcFromDeb822(read(path.join(partsDir, f))))
    .filter(Boolean);
  const oneLine = [read(path.join(etcApt, 'sources.list'))]
    .concat(parts.filter((f) => f.endsWith('.list')).map((f) => read(path.join(partsDir, f))))
    .map(debSrcFromOneLine)
    .filter(Boolean);
  return { deb822: deb822.join('\n\n'), oneLine: oneLine.join('\n') };
}

function aptOptions(aptDir) {
  const o = (k, v) => ['-o', `${k}=${v}`];
  return [
    ...o('Dir::Etc::SourceList', path.join(aptDir, 'sources.list')),
    ...o('Dir::Etc::SourceParts', path.join(aptDir, 'sources.list.d')),
    ...o('Dir::State', path.join(aptDir, 'state')),
    ...o('Dir::State::Lists', path.join(aptDir, 'state', 'lists')),
    ...o('Dir::State::status', path.join(aptDir, 'state', 'status')),
    ...o('Dir::Cache', path.join(aptDir, 'cache')),
    ...o('Debug::NoLocking', 'true'),
    // As root apt would hand downloads to the _apt user, who cannot write into our cache.
    ...(process.getuid?.() === 0 ? o('APT::Sandbox::User', 'root') : []),
  ];
}

function writePrivateApt(aptDir) {
  const { deb822, oneLine } = deriveSources();
  if (!deb822 && !oneLine) throw new Error('no `deb` entries in /etc/apt/sources.list{,.d}');
  for (const d of ['sources.list.d', 'state/lists/partial', 'cache/archives/partial']) {
    fs.mkdirSync(path.join(aptDir, d), { recursive: true });
  }
  fs.writeFileSync(path.join(aptDir, 'sources.list'), oneLine + '\n');
  fs.writeFileSync(path.join(aptDir, 'sources.list.d', 'deb-src.sources'), deb822 + '\n');
  fs.writeFileSync(path.join(aptDir, 'state', 'status'), '');
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}`.trim() };
}

// ---------------------------------------------------------------- source package

function findDsc(dir) {
  if (!fs.existsSync(dir)) return undefined;
  const dsc = fs.readdirSync(dir).find((f) => /^tcc_.*\.dsc$/.test(f));
  return dsc && path.join(dir, dsc);
}

/** Downloads Debian's tcc source package into `dir` (skipped when a .dsc is already there). */
export async function fetchSource(expected, aptDir, dir) {
  const have = findDsc(dir);
  if (have && path.basename(have) === `tcc_${expected.version.replace(/^\d+:/, '')}.dsc`)
    return have;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await step("private apt configuration (deb-src lines from this machine's deb lines)", () =>
    writePrivateApt(aptDir),
  );
  await step('apt-get update (private lists)', () => {
    const r = run('apt-get', [...aptOptions(aptDir), 'update'], dir);
    // A third-party repository without sources makes update exit non-zero; Debian's own lists
    // may still be fine, so only report it and let `apt-get source` decide.
    if (r.status !== 0) log(`warning: apt-get update exited ${r.status}:\n${r.output}`);
  });
  return step(
    `apt-get source --download-only tcc=${expected.version}`,
    () => {
      let r = run(
        'apt-get',
        [...aptOptions(aptDir), 'source', '--download-only', `tcc=${expected.version}`],
        dir,
      );
      if (r.status !== 0) {
        log(`warning: tcc ${expected.version} is not offered here; taking the distribution's tcc`);
        r = run('apt-get', [...aptOptions(aptDir), 'source', '--download-only', 'tcc'], dir);
      }
      const dsc = findDsc(dir);
      if (r.status !== 0 || !dsc) throw new Error(r.output);
      return dsc;
    },
    'check network access to the Debian mirror named in /etc/apt/sources.list.d',
  );
}

export function dscVersion(dscText) {
  const m = /^Version:\s*(\S+)/m.exec(dscText);
  if (!m) throw new Error('no Version: field in the .dsc');
  return m[1];
}
