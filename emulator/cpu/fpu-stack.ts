/// The x87 register stack: ST(i) access, push/pop with stack-fault handling (masked: the
/// result is the "real indefinite" NaN and IE|SF are set), condition codes.
import { compareExt, EXT_NAN, type Ext } from './fpu-ext.ts';
import type { FpuState } from './fpu-state.ts';

/// Status-word bits.
export const FPU_IE = 0x01,
  FPU_ZE = 0x04,
  FPU_SF = 0x40,
  FPU_C0 = 0x100,
  FPU_C1 = 0x200;
export const FPU_C2 = 0x400,
  FPU_C3 = 0x4000;

/// Reads ST(i); an empty register is a stack underflow yielding the indefinite NaN.
export function st(f: FpuState, i: number): Ext {
  const r = (f.top + i) & 7;
  if (f.tags[r] === 3) {
    f.status |= FPU_IE | FPU_SF;
    f.status &= ~FPU_C1;
    return EXT_NAN;
  }
  return f.get(r);
}

/// True when ST(i) is empty.
export function isEmpty(f: FpuState, i: number): boolean {
  return f.tags[(f.top + i) & 7] === 3;
}

/// Writes ST(i).
export function setSt(f: FpuState, i: number, v: Ext): void {
  f.set((f.top + i) & 7, v);
}

/// Pushes `v`; pushing onto a full stack is an overflow (the value becomes NaN).
export function push(f: FpuState, v: Ext): void {
  const r = (f.top - 1) & 7;
  if (f.tags[r] !== 3) {
    f.status |= FPU_IE | FPU_SF | FPU_C1;
    v = EXT_NAN;
  }
  f.top = r;
  f.set(r, v);
}

/// Pops ST(0) (marks it empty).
export function pop(f: FpuState): void {
  f.tags[f.top] = 3;
  f.top = (f.top + 1) & 7;
}

/// Sets C3/C2/C0 from comparing `a` with `b` (C1 cleared).
export function compareCodes(f: FpuState, a: Ext, b: Ext): void {
  f.status &= ~(FPU_C0 | FPU_C1 | FPU_C2 | FPU_C3);
  const c = compareExt(a, b);
  if (c === 2) f.status |= FPU_C0 | FPU_C2 | FPU_C3;
  else if (c < 0) f.status |= FPU_C0;
  else if (c === 0) f.status |= FPU_C3;
}
