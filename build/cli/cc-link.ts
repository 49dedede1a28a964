// The link step of `syscall-lab cc` (no -c): a static i386 executable from the compiled sources,
// the given objects and libraries, the kernel tree's userland start file and libc
// (docs/contracts.md section 2: crt0.o, P.o, libc.a) and tcc's libtcc1.a, through our linker
// (build/link). Objects come in as bytes; only `-l` lookups touch the disk, via FileAccess.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LocatedError } from '../elf/errors.ts';
import {
  link,
  type FileAccess,
  type LinkInput,
  type LibraryRef,
  type LinkResult,
} from '../link/index.ts';
import { readLibtcc1, tccCacheDir } from '../tcc/node-loader.ts';

/// A start file or library the link needs is missing (the userland has not been built).
export class MissingLinkInputError extends LocatedError {}

/// What to link, in command-line order, plus where the tree's userland lives.
export interface CcLinkRequest {
  readonly inputs: readonly (LinkInput | LibraryRef)[];
  readonly libraryPaths: readonly string[];
  /// Kernel tree root: its usr/lib/crt0.o and usr/lib/libc.a are linked unless `nostdlib`.
  readonly sysroot: string;
  readonly nostdlib: boolean;
  readonly outputName: string;
}

/// Reads one file the link needs, with a message saying how to produce it when it is missing.
function readRequired(file: string, hint: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new MissingLinkInputError(`not found: ${hint}`, file);
  }
}

const hostAccess: FileAccess = {
  readFile(p: string): Uint8Array | null {
    try {
      return readFileSync(p);
    } catch {
      return null;
    }
  },
};

/// Links a user program. Throws MissingLinkInputError when crt0.o/libc.a are not built; link
/// errors (undefined references...) come back in the result's diagnostics.
export function linkUserProgram(req: CcLinkRequest): LinkResult {
  const build =
    'build the userland first (`make -C kernel -f usr/Makefile usr-libc` or `syscall-lab build`), or pass -nostdlib';
  const start: LinkInput[] = [];
  const libs: LinkInput[] = [];
  if (!req.nostdlib) {
    const crt0 = path.join(req.sysroot, 'usr/lib/crt0.o');
    const libc = path.join(req.sysroot, 'usr/lib/libc.a');
    start.push({ name: 'usr/lib/crt0.o', bytes: readRequired(crt0, build) });
    libs.push({ name: 'usr/lib/libc.a', bytes: readRequired(libc, build) });
  }
  // tcc emits calls to its helpers (__divdi3, __udivdi3, __ashldi3...) for 64-bit arithmetic.
  libs.push({ name: path.join(tccCacheDir(), 'tcc-root/lib/libtcc1.a'), bytes: readLibtcc1() });
  return link(
    {
      mode: 'executable',
      inputs: [...start, ...req.inputs, ...libs],
      libraryPaths: req.libraryPaths,
      outputName: req.outputName,
    },
    hostAccess,
  );
}
