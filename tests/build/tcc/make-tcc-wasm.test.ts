import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script without type declarations
import { debSrcFromDeb822, debSrcFromOneLine } from '../../../build/tcc/make-tcc-wasm.mjs';

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
});
