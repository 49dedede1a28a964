import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { step } from '../../../build/tcc/build-steps.mjs';
import {
  debSrcFromDeb822,
  debSrcFromOneLine,
  deriveSources,
} from '../../../build/tcc/make-tcc-wasm.mjs';

describe("make-tcc-wasm: deb-src lines derived from the machine's deb lines", () => {
  it('copies enabled deb822 stanzas with Types: deb-src, keeping Signed-By', () => {
    const text = [
      'Types: deb',
      '# a comment',
      'URIs: http://deb.debian.org/debian',
      'Suites: bookworm bookworm-updates',
      'Components: main',
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
      '',
      'Types: deb',
      'URIs: http://example.org/off',
      'Suites: x',
      'Enabled: no',
      '',
      'Types: deb-src',
      'URIs: http://example.org/src-only',
    ].join('\n');
    expect(debSrcFromDeb822(text)).toBe(
      'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg',
    );
  });

  it('rewrites one-line deb entries (with options) and drops the rest', () => {
    const text =
      'deb [signed-by=/k.gpg] http://deb.debian.org/debian bookworm main\n# deb http://x y z\ndeb-src http://a b c\n';
    expect(debSrcFromOneLine(text)).toBe(
      'deb-src [signed-by=/k.gpg] http://deb.debian.org/debian bookworm main',
    );
  });

  it('reads every *.sources and *.list file of an apt directory, ignoring disabled ones', () => {
    const etc = mkdtempSync(path.join(tmpdir(), 'etc-apt-'));
    mkdirSync(path.join(etc, 'sources.list.d'));
    writeFileSync(path.join(etc, 'sources.list'), 'deb http://a.example/debian bookworm main\n');
    writeFileSync(
      path.join(etc, 'sources.list.d', 'x.sources'),
      'Types: deb\nURIs: http://b.example\nSuites: s\nComponents: main\n',
    );
    writeFileSync(path.join(etc, 'sources.list.d', 'y.list'), 'deb http://c.example s main\n');
    writeFileSync(
      path.join(etc, 'sources.list.d', 'z.list.disabled'),
      'deb http://d.example s main\n',
    );
    const derived = deriveSources(etc);
    expect(derived.deb822).toBe(
      'Types: deb-src\nURIs: http://b.example\nSuites: s\nComponents: main',
    );
    expect(derived.oneLine).toBe(
      'deb-src http://a.example/debian bookworm main\ndeb-src http://c.example s main',
    );
  });
});

describe('make-tcc-wasm: failures name their step', () => {
  it('wraps an error with the step and a hint', async () => {
    const failing = step(
      'apt-get source tcc',
      () => {
        throw new Error('Unable to find a source package for tcc');
      },
      'check the network',
    );
    await expect(failing).rejects.toThrow(
      'step "apt-get source tcc" failed: Unable to find a source package for tcc\n  hint: check the network',
    );
  });
});
