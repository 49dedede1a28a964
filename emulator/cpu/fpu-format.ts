/// Conversions between the FPU's double registers and its memory formats: 32/64-bit reals,
/// 16/32/64-bit integers with the control word's rounding, and the 80-bit extended format.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);

/// Rounds `v` to an integer with rounding-control field `rc` (0 nearest-even, 1 down, 2 up,
/// 3 toward zero).
export function roundRc(v: number, rc: number): number {
  switch (rc) {
    case 1:
      return Math.floor(v);
    case 2:
      return Math.ceil(v);
    case 3:
      return Math.trunc(v);
    default: {
      const r = Math.round(v);
      return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
    }
  }
}

/// Rounds a double to single precision.
export function toFloat32(v: number): number {
  f32[0] = v;
  return f32[0];
}

/// Bits of a single-precision value.
export function float32Bits(v: number): number {
  f32[0] = v;
  return new Int32Array(f32.buffer)[0];
}

/// Single-precision value from its bits.
export function float32FromBits(bits: number): number {
  new Int32Array(f32.buffer)[0] = bits;
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

/// Decodes an 80-bit extended real from its mantissa dwords and the sign/exponent word.
export function fromExtended(mantLo: number, mantHi: number, se: number): number {
  const sign = (se & 0x8000) !== 0 ? -1 : 1;
  const exp = se & 0x7fff;
  const mant = (mantHi >>> 0) * 4294967296 + (mantLo >>> 0);
  if (exp === 0 && mant === 0) return sign * 0;
  if (exp === 0x7fff) return (mantHi & 0x7fffffff) === 0 && mantLo === 0 ? sign * Infinity : NaN;
  return sign * mant * Math.pow(2, exp - 16383 - 63);
}

/// Encodes a double as an 80-bit extended real: [mantissa low, mantissa high, sign/exponent].
export function toExtended(v: number): [number, number, number] {
  const [lo, hi] = float64Bits(v);
  const sign = (hi >>> 31) << 15;
  const exp = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  if (exp === 0 && fracHi === 0 && lo === 0) return [0, 0, sign];
  if (exp === 0x7ff)
    return [
      fracHi === 0 && lo === 0 ? 0 : 0,
      fracHi === 0 && lo === 0 ? 0x80000000 | 0 : 0xc0000000 | 0,
      sign | 0x7fff,
    ];
  if (exp === 0) {
    // Denormal double: normalize through the generic path.
    const e = Math.floor(Math.log2(Math.abs(v)));
    const m = Math.abs(v) / Math.pow(2, e - 63);
    return [(m % 4294967296) | 0, Math.floor(m / 4294967296) | 0, sign | (e + 16383)];
  }
  // 52-bit fraction -> 63-bit fraction with the explicit integer bit.
  const mHi = 0x80000000 | (fracHi << 11) | (lo >>> 21) | 0;
  const mLo = (lo << 11) | 0;
  return [mLo, mHi, sign | (exp - 1023 + 16383)];
}
