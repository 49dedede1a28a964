import { describe, expect, it } from 'vitest';
import { loadTccHost } from '../../../build/tcc/node-loader.ts';
import {
  checkInstalledTcc,
  compareTccBuild,
  readTccSourcePin,
  tccReportedVersion,
  type TccBuildRecord,
} from '../../../build/tcc/version.ts';

const pin = readTccSourcePin();
const record: TccBuildRecord = { ...pin, wasmSha256: 'ab', wasmBytes: 1, builtAt: '' };

describe('tcc.wasm version check', () => {
  it('the installed tcc.wasm is the pinned Debian version, byte for byte as recorded', () => {
    const check = checkInstalledTcc();
    expect(check.problems).toEqual([]);
    expect(check.built).toBe(pin.version);
  });

  it('tcc itself reports the pinned upstream version for i386', async () => {
    expect(await tccReportedVersion(await loadTccHost())).toMatch(/^tcc version 0\.9\.27 .*i386/);
  });

  it('detects another version, a changed .wasm and a missing build', () => {
    expect(compareTccBuild(pin, record, 'ab').ok).toBe(true);
    expect(compareTccBuild(pin, { ...record, version: '0.9.28-1' }, 'ab').problems[0]).toMatch(
      /built from tcc 0\.9\.28-1/,
    );
    expect(compareTccBuild(pin, record, 'cd').problems[0]).toMatch(/sha256 differs/);
    expect(compareTccBuild(pin, null, null).problems).toHaveLength(2);
  });

  it('reports a missing cache with the command to run', () => {
    const check = checkInstalledTcc('/nonexistent-cache');
    expect(check.ok).toBe(false);
    expect(check.problems.join('\n')).toContain('npm install');
  });
});
