// Checks that the tcc.wasm in use is the one the project expects: the Debian source version
// pinned in build/tcc/tcc-source.json, as recorded by make-tcc-wasm.mjs in tcc-version.json
// (with the .wasm's sha256), and as tcc itself reports (`tcc -v`). Node-only (reads files).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TccHost } from './host.ts';
import { tccCacheDir } from './node-loader.ts';

/// build/tcc/tcc-source.json: the source package we build.
export interface TccSourcePin {
  readonly package: string;
  readonly version: string;
  readonly upstreamVersion: string;
  readonly dscSha256: string;
}

/// cache/tcc-version.json: what make-tcc-wasm.mjs actually built.
export interface TccBuildRecord {
  readonly package: string;
  readonly version: string;
  readonly upstreamVersion: string;
  readonly dscSha256: string;
  readonly wasmSha256: string;
  readonly wasmBytes: number;
  /// clang's version line (the build is reproducible: same inputs, same sha256).
  readonly compiler?: string;
  readonly builtAt: string;
}

/// The verdict: `ok` when every check passed; `problems` says what differs, in words.
export interface TccVersionCheck {
  readonly ok: boolean;
  readonly expected: string;
  readonly built: string | null;
  readonly problems: readonly string[];
}

/// Compares a pin, a build record and the .wasm bytes' sha256 (pure: no file access).
export function compareTccBuild(
  pin: TccSourcePin,
  record: TccBuildRecord | null,
  wasmSha256: string | null,
): TccVersionCheck {
  const problems: string[] = [];
  if (!record)
    problems.push(
      'no tcc-version.json: tcc.wasm was not built by make-tcc-wasm.mjs (run `npm install`)',
    );
  if (!wasmSha256) problems.push('no tcc.wasm (run `npm install`)');
  if (record && record.version !== pin.version) {
    problems.push(
      `tcc.wasm was built from tcc ${record.version}, but tcc-source.json expects ${pin.version}`,
    );
  }
  if (record && record.dscSha256 !== pin.dscSha256) {
    problems.push(
      `the source package's .dsc differs from the pinned one (sha256 ${record.dscSha256})`,
    );
  }
  if (record && wasmSha256 && record.wasmSha256 !== wasmSha256) {
    problems.push(
      'tcc.wasm is not the file make-tcc-wasm.mjs recorded (sha256 differs): rebuild with --force',
    );
  }
  return {
    ok: problems.length === 0,
    expected: pin.version,
    built: record?.version ?? null,
    problems,
  };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/// The committed pin (build/tcc/tcc-source.json).
export function readTccSourcePin(): TccSourcePin {
  const file = fileURLToPath(new URL('./tcc-source.json', import.meta.url));
  const pin = readJson<TccSourcePin>(file);
  if (!pin) throw new Error(`${file}: missing or not JSON`);
  return pin;
}

/// Checks the build in `cacheDir` (default: the one the Node loader uses) against the pin.
export function checkInstalledTcc(cacheDir: string = tccCacheDir()): TccVersionCheck {
  const record = readJson<TccBuildRecord>(path.join(cacheDir, 'tcc-version.json'));
  let wasmSha: string | null;
  try {
    wasmSha = createHash('sha256')
      .update(readFileSync(path.join(cacheDir, 'tcc.wasm')))
      .digest('hex');
  } catch {
    wasmSha = null;
  }
  return compareTccBuild(readTccSourcePin(), record, wasmSha);
}

/// Asks the running compiler (`tcc -v`) and checks it names the pinned upstream version and
/// target; returns the line it printed.
export async function tccReportedVersion(
  host: TccHost,
  pin: TccSourcePin = readTccSourcePin(),
): Promise<string> {
  const r = await host.run({ args: ['-v'] });
  const line = (r.stdout + r.stderr).trim();
  if (!line.includes(`tcc version ${pin.upstreamVersion}`) || !line.includes('i386')) {
    throw new Error(`tcc.wasm reports "${line}", expected tcc ${pin.upstreamVersion} for i386`);
  }
  return line;
}
