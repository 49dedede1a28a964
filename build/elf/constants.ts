// ELF32 numbers the linker reads or writes (System V ABI, i386 supplement). Only what we use.

/// Section header types.
export const SHT = {
  NULL: 0,
  PROGBITS: 1,
  SYMTAB: 2,
  STRTAB: 3,
  RELA: 4,
  HASH: 5,
  DYNAMIC: 6,
  NOTE: 7,
  NOBITS: 8,
  REL: 9,
  DYNSYM: 11,
  INIT_ARRAY: 14,
  FINI_ARRAY: 15,
  GROUP: 17,
  SYMTAB_SHNDX: 18,
} as const;

/// Section header flags.
export const SHF = {
  WRITE: 0x1,
  ALLOC: 0x2,
  EXECINSTR: 0x4,
  MERGE: 0x10,
  STRINGS: 0x20,
  INFO_LINK: 0x40,
  GROUP: 0x200,
} as const;

/// Special section indices.
export const SHN = {
  UNDEF: 0,
  LORESERVE: 0xff00,
  ABS: 0xfff1,
  COMMON: 0xfff2,
  XINDEX: 0xffff,
} as const;

/// Symbol bindings (st_info >> 4).
export const STB = { LOCAL: 0, GLOBAL: 1, WEAK: 2 } as const;

/// Symbol types (st_info & 15).
export const STT = {
  NOTYPE: 0,
  OBJECT: 1,
  FUNC: 2,
  SECTION: 3,
  FILE: 4,
  COMMON: 5,
  TLS: 6,
} as const;

/// Symbol visibility (st_other & 3); the other bits are tolerated and ignored (tcc sets some).
export const STV = { DEFAULT: 0, INTERNAL: 1, HIDDEN: 2, PROTECTED: 3 } as const;

/// ELF file types.
export const ET = { REL: 1, EXEC: 2, DYN: 3 } as const;

/// Program header types and flags.
export const PT = { LOAD: 1, NOTE: 4, GNU_STACK: 0x6474e551 } as const;
export const PF = { X: 1, W: 2, R: 4 } as const;

/// i386 relocation types.
export const R386 = {
  NONE: 0,
  R32: 1,
  PC32: 2,
  GOT32: 3,
  PLT32: 4,
  GOTOFF: 9,
  GOTPC: 10,
  R16: 20,
  PC16: 21,
  R8: 22,
  PC8: 23,
  GOT32X: 43,
} as const;

/// Names of every i386 relocation type, for messages about the ones we reject.
export const R386_NAMES: Readonly<Record<number, string>> = {
  0: 'R_386_NONE',
  1: 'R_386_32',
  2: 'R_386_PC32',
  3: 'R_386_GOT32',
  4: 'R_386_PLT32',
  5: 'R_386_COPY',
  6: 'R_386_GLOB_DAT',
  7: 'R_386_JMP_SLOT',
  8: 'R_386_RELATIVE',
  9: 'R_386_GOTOFF',
  10: 'R_386_GOTPC',
  11: 'R_386_32PLT',
  14: 'R_386_TLS_TPOFF',
  15: 'R_386_TLS_IE',
  16: 'R_386_TLS_GOTIE',
  17: 'R_386_TLS_LE',
  18: 'R_386_TLS_GD',
  19: 'R_386_TLS_LDM',
  20: 'R_386_16',
  21: 'R_386_PC16',
  22: 'R_386_8',
  23: 'R_386_PC8',
  37: 'R_386_TLS_LDO_32',
  38: 'R_386_TLS_IE_32',
  39: 'R_386_TLS_LE_32',
  40: 'R_386_TLS_DTPMOD32',
  41: 'R_386_TLS_DTPOFF32',
  42: 'R_386_TLS_TPOFF32',
  43: 'R_386_GOT32X',
};

/// GRP_COMDAT flag of a SHT_GROUP section's first word.
export const GRP_COMDAT = 1;
/// i386 machine number, ELF32 class, little-endian data.
export const EM_386 = 3;
export const ELFCLASS32 = 1;
export const ELFDATA2LSB = 1;
/// Page size GNU ld uses for elf_i386 (MAXPAGESIZE and COMMONPAGESIZE).
export const PAGE_SIZE = 0x1000;
