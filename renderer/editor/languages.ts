// Picks the editor language from a file name: C for .c/.h, the GNU assembler for .S/.s (the
// legacy `gas` mode, AT&T syntax as the kernel's entry code is written), Makefile syntax for
// Makefile/Kbuild files, plain text otherwise.
import { cpp } from '@codemirror/lang-cpp';
import { StreamLanguage } from '@codemirror/language';
import { gas } from '@codemirror/legacy-modes/mode/gas';
import type { Extension } from '@codemirror/state';
import { makefile } from './makefile-mode.ts';

/// A language as the editor header names it.
export type LanguageName = 'C' | 'GNU assembler' | 'Makefile' | 'Linker script' | 'Text';

const gasLanguage = StreamLanguage.define(gas);
const makeLanguage = StreamLanguage.define(makefile);

/// The language of `path` (by its last segment).
export function languageOf(path: string): LanguageName {
  const name = path.split('/').pop() ?? path;
  if (/\.(c|h)$/.test(name)) return 'C';
  if (/\.(S|s|asm)$/.test(name)) return 'GNU assembler';
  if (/^(Makefile|Kbuild|GNUmakefile)$/.test(name) || /\.mk$/.test(name)) return 'Makefile';
  if (/\.lds(\.S)?$/.test(name)) return 'Linker script';
  return 'Text';
}

/// The CodeMirror extension that highlights `path`.
export function languageExtension(path: string): Extension {
  switch (languageOf(path)) {
    case 'C':
      return cpp();
    case 'GNU assembler':
      return gasLanguage;
    case 'Makefile':
      return makeLanguage;
    default:
      return [];
  }
}
