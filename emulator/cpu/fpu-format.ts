/// Bit-level conversions between doubles and the FPU's 32- and 64-bit memory formats.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/// Bits of a single-precision value (`v` must already be representable, or it is rounded).
export function float32Bits(v: number): number {
  f32[0] = v;
  return i32[0];
}

/// Single-precision value from its bits.
export function float32FromBits(bits: number): number {
  i32[0] = bits;
  return f32[0];
}

/// Low and high dwords of a double.
export function float64Bits(v: number): [number, number] {
  f64[0] = v;
  return [u32[0] | 0, u32[1] | 0];
}

/// Double from its low and high dwords.
export function float64FromBits(lo: number, hi: number): number {
  u32[0] = lo;
  u32[1] = hi;
  return f64[0];
}
