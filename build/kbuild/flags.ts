/// The compile flags of each kind of object, from the tree's own Makefile variables (contract
/// section 1-2): kernel C and `.S` get `-nostdinc`, `LINUXINCLUDE` and `KBUILD_CPPFLAGS` (plus
/// `KBUILD_AFLAGS` for `.S`); GCC's code-generation flags (`KBUILD_CFLAGS`) only when the compiler
/// is GCC; user programs get `USERINCLUDE` (and, with GCC, the tree's `USER_CFLAGS`, which GNU
/// make uses for them). Per-directory `ccflags-y`/`asflags-y` and per-object
/// `CFLAGS_x.o`/`AFLAGS_x.o` are honoured as in Kbuild.

import type { MakeVars } from './make-vars.ts';
import { splitWords } from './make-vars.ts';

/// Which family of flags the compiler takes.
export type CompilerFamily = 'tcc' | 'gcc';

/// The root Makefile's flag variables, expanded once per build.
export interface KernelFlags {
  readonly linuxInclude: readonly string[];
  readonly cppflags: readonly string[];
  readonly aflags: readonly string[];
  readonly cflags: readonly string[];
}

/// Reads the flag variables of the root Makefile.
export function kernelFlags(root: MakeVars): KernelFlags {
  return {
    linuxInclude: root.words('LINUXINCLUDE'),
    cppflags: root.words('KBUILD_CPPFLAGS'),
    aflags: root.words('KBUILD_AFLAGS'),
    cflags: root.words('KBUILD_CFLAGS'),
  };
}

/// Flags for one kernel object `name` (`x.o`) of a directory whose Makefile is `dir`.
export function kernelObjectFlags(
  k: KernelFlags,
  dir: MakeVars,
  name: string,
  lang: 'c' | 'asm',
  family: CompilerFamily,
): string[] {
  const base = ['-nostdinc', ...k.linuxInclude, ...k.cppflags];
  if (lang === 'asm') {
    return [...base, ...k.aflags, ...dir.words('asflags-y'), ...dir.words(`AFLAGS_${name}`)];
  }
  const gcc = family === 'gcc' ? k.cflags : [];
  return [...base, ...gcc, ...dir.words('ccflags-y'), ...dir.words(`CFLAGS_${name}`), '-g'];
}

/// GCC flags for user programs when usr/Makefile gives no `USER_CFLAGS`: a freestanding static
/// i386 program, like tcc's defaults (no PIE, no stack protector, no builtins that call libgcc).
const GCC_USER_DEFAULT =
  '-m32 -ffreestanding -fno-pic -fno-pie -fno-stack-protector -fno-builtin -O2';

/// Flags for one user-space object.
export function userObjectFlags(
  usr: MakeVars,
  lang: 'c' | 'asm',
  family: CompilerFamily,
): string[] {
  const include = usr.words('USERINCLUDE');
  const cflags = family === 'gcc' ? usr.words('USER_CFLAGS') : [];
  const gccDefault = family === 'gcc' && cflags.length === 0 ? splitWords(GCC_USER_DEFAULT) : [];
  const asm = lang === 'asm' ? ['-D__ASSEMBLY__', ...usr.words('USERAFLAGS')] : [];
  return [...include, ...cflags, ...gccDefault, ...asm, ...(lang === 'c' ? ['-g'] : [])];
}
