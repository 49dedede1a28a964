/// Architectural constants shared by the CPU modules: register and segment numbering, EFLAGS
/// bits, control-register bits and exception vectors (Intel SDM vol. 3 names).

/// General register numbers, in encoding order.
export const EAX = 0,
  ECX = 1,
  EDX = 2,
  EBX = 3,
  ESP = 4,
  EBP = 5,
  ESI = 6,
  EDI = 7;

/// Segment register numbers, in encoding order; LDTR and TR share the descriptor-cache arrays.
export const ES = 0,
  CS = 1,
  SS = 2,
  DS = 3,
  FS = 4,
  GS = 5,
  LDTR = 6,
  TR = 7;

/// EFLAGS bits.
export const CF = 1 << 0,
  PF = 1 << 2,
  AF = 1 << 4,
  ZF = 1 << 6,
  SF = 1 << 7,
  TF = 1 << 8;
export const IF = 1 << 9,
  DF = 1 << 10,
  OF = 1 << 11,
  IOPL = 3 << 12,
  NT = 1 << 14;
export const RF = 1 << 16,
  VM = 1 << 17,
  AC = 1 << 18,
  VIF = 1 << 19,
  VIP = 1 << 20,
  ID = 1 << 21;
/// The six arithmetic flags computed lazily.
export const ARITH = CF | PF | AF | ZF | SF | OF;
/// Bits software can change through POPF at CPL 0 (VM, VIF, VIP excluded as on real hardware).
export const EFLAGS_WRITABLE = ARITH | TF | IF | DF | IOPL | NT | RF | AC | ID;

/// CR0 bits.
export const CR0_PE = 1,
  CR0_MP = 2,
  CR0_EM = 4,
  CR0_TS = 8,
  CR0_ET = 16,
  CR0_NE = 32;
export const CR0_WP = 1 << 16,
  CR0_AM = 1 << 18,
  CR0_PG = 1 << 31;
/// CR4 bits.
export const CR4_PSE = 1 << 4,
  CR4_PGE = 1 << 7,
  CR4_TSD = 1 << 2;

/// Exception vectors.
export const DE = 0,
  DB = 1,
  NMI = 2,
  BP = 3,
  OVF = 4,
  BR = 5,
  UD = 6,
  NM = 7,
  DF_VEC = 8;
export const TS = 10,
  NP = 11,
  SS_VEC = 12,
  GP = 13,
  PF_VEC = 14,
  MF = 16,
  AC_VEC = 17;

/// Segment descriptor attribute bits as kept in the descriptor cache (access byte in bits 0-7,
/// the flags nibble in bits 12-15, like descriptor bytes 5-6).
export const A_TYPE = 0x0f,
  A_S = 0x10,
  A_DPL = 0x60,
  A_P = 0x80,
  A_DB = 0x4000,
  A_G = 0x8000;
/// Type bits of a code/data descriptor.
export const T_ACCESSED = 1,
  T_WRITE_READ = 2,
  T_EXPAND_CONFORM = 4,
  T_CODE = 8;

/// MSR numbers the CPU implements.
export const MSR_SYSENTER_CS = 0x174,
  MSR_SYSENTER_ESP = 0x175,
  MSR_SYSENTER_EIP = 0x176;
export const MSR_TSC = 0x10;
