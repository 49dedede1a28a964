/// The x87 register stack: ST(i) access, push/pop with stack-fault handling (masked: the
/// result is the "real indefinite" NaN and IE|SF are set), condition codes and tags.
import type { FpuState } from './fpu-state.ts';

/// Status-word bits.
export const FPU_IE = 0x01,
  FPU_ZE = 0x04,
  FPU_SF = 0x40,
  FPU_C0 = 0x100,
  FPU_C1 = 0x200;
export const FPU_C2 = 0x400,
  FPU_C3 = 0x4000;

/// Tag for a value (0 valid, 1 zero, 2 special).
function tagOf(v: number): number {
  return v === 0 ? 1 : Number.isFinite(v) ? 0 : 2;
}

/// Reads ST(i); an empty register is a stack underflow yielding NaN.
export function st(f: FpuState, i: number): number {
  const r = (f.top + i) & 7;
  if (f.tags[r] === 3) {
    f.status |= FPU_IE | FPU_SF;
    f.status &= ~FPU_C1;
    return NaN;
  }
  return f.st[r];
}

/// True when ST(i) is empty.
export function isEmpty(f: FpuState, i: number): boolean {
  return f.tags[(f.top + i) & 7] === 3;
}

/// Writes ST(i).
export function setSt(f: FpuState, i: number, v: number): void {
  const r = (f.top + i) & 7;
  f.st[r] = v;
  f.tags[r] = tagOf(v);
}

/// Pushes `v`; pushing onto a full stack is an overflow (the value becomes NaN).
export function push(f: FpuState, v: number): void {
  const r = (f.top - 1) & 7;
  if (f.tags[r] !== 3) {
    f.status |= FPU_IE | FPU_SF | FPU_C1;
    v = NaN;
  }
  f.top = r;
  f.st[r] = v;
  f.tags[r] = tagOf(v);
}

/// Pops ST(0) (marks it empty).
export function pop(f: FpuState): void {
  f.tags[f.top] = 3;
  f.top = (f.top + 1) & 7;
}

/// Sets C3/C2/C0 from comparing `a` with `b` (C1 cleared).
export function compareCodes(f: FpuState, a: number, b: number): void {
  f.status &= ~(FPU_C0 | FPU_C1 | FPU_C2 | FPU_C3);
  if (Number.isNaN(a) || Number.isNaN(b)) f.status |= FPU_C0 | FPU_C2 | FPU_C3;
  else if (a < b) f.status |= FPU_C0;
  else if (a === b) f.status |= FPU_C3;
}
