/// Exact x87 extended-precision arithmetic. A value is the 80-bit register format: `se` (sign in
/// bit 15, biased exponent in bits 0-14) and a 64-bit significand `m` with an explicit integer
/// bit. Results are rounded once, to the precision-control width (24, 53 or 64 bits) with the
/// rounding-control mode, as the hardware does.

/// One extended value.
export interface Ext {
  readonly se: number;
  readonly m: bigint;
}

const BIAS = 16383;
/// Exponent of the significand's LSB for biased exponent `e`: value = m * 2^(e - LSB_BIAS).
const LSB_BIAS = BIAS + 63;
export const EXT_ZERO: Ext = { se: 0, m: 0n };
export const EXT_NAN: Ext = { se: 0xffff, m: 0xc000000000000000n };
const INF_M = 0x8000000000000000n;

/// Rounding parameters from the control word: mantissa bits (24/53/64) and RC (0-3).
export interface Rounding {
  readonly bits: number;
  readonly rc: number;
}

/// Rounding from a control word.
export function roundingOf(control: number): Rounding {
  const pc = (control >>> 8) & 3;
  return { bits: pc === 0 ? 24 : pc === 2 ? 53 : 64, rc: (control >>> 10) & 3 };
}

export const EXACT64: Rounding = { bits: 64, rc: 0 };

const sign = (x: Ext) => (x.se >>> 15) & 1;
const expo = (x: Ext) => x.se & 0x7fff;
/// True for infinities and NaNs.
export const isSpecial = (x: Ext) => expo(x) === 0x7fff;
export const isNaNExt = (x: Ext) => isSpecial(x) && x.m !== INF_M;
export const isZeroExt = (x: Ext) => x.m === 0n && !isSpecial(x);

function bitLength(m: bigint): number {
  return m === 0n ? 0 : m.toString(2).length;
}

/// Rounds `(-1)^s * m * 2^e2 (+ sticky)` to an Ext with `r`.
export function roundExt(s: number, m: bigint, e2: number, sticky: boolean, r: Rounding): Ext {
  if (m === 0n) return { se: s << 15, m: 0n };
  let len = bitLength(m);
  if (len > r.bits) {
    const shift = len - r.bits;
    const rem = m & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    m >>= BigInt(shift);
    e2 += shift;
    const inexact = rem !== 0n || sticky;
    let up = false;
    if (r.rc === 0) up = rem > half || (rem === half && (sticky || (m & 1n) === 1n));
    else if (r.rc === 1) up = inexact && s === 1;
    else if (r.rc === 2) up = inexact && s === 0;
    if (up) {
      m += 1n;
      if (bitLength(m) > r.bits) {
        m >>= 1n;
        e2 += 1;
      }
    }
    len = r.bits;
  }
  m <<= BigInt(64 - len);
  e2 -= 64 - len;
  const e = e2 + LSB_BIAS;
  if (e >= 0x7fff) return { se: (s << 15) | 0x7fff, m: INF_M };
  if (e <= 0) {
    const shift = 1 - e;
    return shift >= 64 ? { se: s << 15, m: 0n } : { se: s << 15, m: m >> BigInt(shift) };
  }
  return { se: (s << 15) | e, m };
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/// Exact conversion of a double.
export function fromDouble(d: number): Ext {
  f64[0] = d;
  const hi = u32[1],
    lo = u32[0];
  const s = hi >>> 31;
  const e = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e === 0x7ff)
    return frac === 0n
      ? { se: (s << 15) | 0x7fff, m: INF_M }
      : { se: (s << 15) | 0x7fff, m: 0xc000000000000000n | (frac << 11n) };
  if (e === 0)
    return frac === 0n ? { se: s << 15, m: 0n } : roundExt(s, frac, -1074, false, EXACT64);
  return { se: (s << 15) | (e - 1023 + BIAS), m: ((1n << 52n) | frac) << 11n };
}

/// The double nearest to `x` (the conversion a 64-bit store performs).
export function toDouble(x: Ext): number {
  const s = sign(x) ? -1 : 1;
  if (isNaNExt(x)) {
    // Keep the NaN's sign and payload (the indefinite NaN is negative).
    const frac = (x.m >> 11n) & 0xfffffffffffffn;
    u32[1] = (sign(x) << 31) | 0x7ff00000 | Number(frac >> 32n);
    u32[0] = Number(frac & 0xffffffffn);
    return f64[0];
  }
  if (isSpecial(x)) return s * Infinity;
  if (x.m === 0n) return s * 0;
  const r = roundExt(sign(x), x.m, expo(x) - LSB_BIAS, false, { bits: 53, rc: 0 });
  const e2 = expo(r) - LSB_BIAS;
  return (
    s * Number(r.m) * Math.pow(2, Math.max(e2, -1000)) * (e2 < -1000 ? Math.pow(2, e2 + 1000) : 1)
  );
}

/// Exact conversion of an integer (up to 64 bits) given as a BigInt.
export function fromBigInt(v: bigint): Ext {
  if (v === 0n) return EXT_ZERO;
  return roundExt(v < 0n ? 1 : 0, v < 0n ? -v : v, 0, false, EXACT64);
}

/// Rounds to an integer with RC `rc`; returns null for NaN/infinity.
export function toBigInt(x: Ext, rc: number): bigint | null {
  if (isSpecial(x)) return null;
  if (x.m === 0n) return 0n;
  const e2 = expo(x) - LSB_BIAS;
  const neg = sign(x) === 1;
  if (e2 >= 0) return (neg ? -1n : 1n) * (x.m << BigInt(e2));
  const shift = BigInt(-e2);
  let q = shift >= 128n ? 0n : x.m >> shift;
  const rem = shift >= 128n ? x.m : x.m & ((1n << shift) - 1n);
  const half = shift >= 128n ? INF_M << 64n : 1n << (shift - 1n);
  let up = false;
  if (rc === 0) up = rem > half || (rem === half && (q & 1n) === 1n);
  else if (rc === 1) up = rem !== 0n && neg;
  else if (rc === 2) up = rem !== 0n && !neg;
  if (up) q += 1n;
  return neg ? -q : q;
}

/// Negation and absolute value (exact).
export function negExt(x: Ext): Ext {
  return { se: x.se ^ 0x8000, m: x.m };
}
export function absExt(x: Ext): Ext {
  return { se: x.se & 0x7fff, m: x.m };
}

/// Special-value arithmetic through doubles (infinities, zeros; exact for those cases). A NaN
/// operand propagates (quieted, the first one winning, as the x87 does for equal payloads); an
/// invalid operation yields the negative "real indefinite" NaN, not JavaScript's positive one.
function viaDouble(fn: (a: number, b: number) => number, a: Ext, b: Ext): Ext {
  const v = fn(toDouble(a), toDouble(b));
  if (!Number.isNaN(v)) return fromDouble(v);
  if (isNaNExt(a) || isNaNExt(b)) {
    const pick = !isNaNExt(b) || (isNaNExt(a) && a.m >= b.m) ? a : b;
    return { se: pick.se, m: pick.m | 0x4000000000000000n };
  }
  return EXT_NAN;
}

/// a + b (sub: a - b).
export function addExt(a: Ext, b: Ext, r: Rounding, sub = false): Ext {
  if (sub) b = negExt(b);
  if (isSpecial(a) || isSpecial(b)) return viaDouble((x, y) => x + y, a, b);
  if (a.m === 0n && b.m === 0n) {
    const s = sign(a) === sign(b) ? sign(a) : r.rc === 1 ? 1 : 0;
    return { se: s << 15, m: 0n };
  }
  if (a.m === 0n) return roundExt(sign(b), b.m, expo(b) - LSB_BIAS, false, r);
  if (b.m === 0n) return roundExt(sign(a), a.m, expo(a) - LSB_BIAS, false, r);
  const ea = expo(a),
    eb = expo(b);
  const lo = Math.max(Math.min(ea, eb), Math.max(ea, eb) - 200);
  let sticky = false;
  const align = (x: Ext) => {
    const d = expo(x) - lo;
    if (d >= 0) return x.m << BigInt(d);
    sticky ||= (x.m & ((1n << BigInt(-d)) - 1n)) !== 0n;
    return x.m >> BigInt(-d);
  };
  const va = (sign(a) ? -1n : 1n) * align(a);
  const vb = (sign(b) ? -1n : 1n) * align(b);
  const sum = va + vb;
  if (sum === 0n && !sticky) return { se: r.rc === 1 ? 0x8000 : 0, m: 0n };
  return roundExt(sum < 0n ? 1 : 0, sum < 0n ? -sum : sum, lo - LSB_BIAS, sticky, r);
}

/// a * b.
export function mulExt(a: Ext, b: Ext, r: Rounding): Ext {
  if (isSpecial(a) || isSpecial(b) || a.m === 0n || b.m === 0n)
    return viaDouble((x, y) => x * y, a, b);
  return roundExt(sign(a) ^ sign(b), a.m * b.m, expo(a) + expo(b) - 2 * LSB_BIAS, false, r);
}

/// a / b.
export function divExt(a: Ext, b: Ext, r: Rounding): Ext {
  if (isSpecial(a) || isSpecial(b) || a.m === 0n || b.m === 0n)
    return viaDouble((x, y) => x / y, a, b);
  const n = a.m << 130n;
  const q = n / b.m;
  return roundExt(sign(a) ^ sign(b), q, expo(a) - expo(b) - 130, q * b.m !== n, r);
}

/// Square root (NaN for negative non-zero input).
export function sqrtExt(a: Ext, r: Rounding): Ext {
  if (isSpecial(a) || a.m === 0n || sign(a) === 1) return viaDouble((x) => Math.sqrt(x), a, a);
  let e2 = expo(a) - LSB_BIAS - 130;
  let n = a.m << 130n;
  if ((e2 & 1) !== 0) {
    n <<= 1n;
    e2 -= 1;
  }
  // Newton's iteration from a power of two above the root decreases monotonically to floor(sqrt).
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return roundExt(0, x, e2 / 2, x * x !== n, r);
}

/// Compares a with b: -1, 0, 1, or 2 when unordered.
export function compareExt(a: Ext, b: Ext): number {
  if (isNaNExt(a) || isNaNExt(b)) return 2;
  const x = toOrdered(a),
    y = toOrdered(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/// A BigInt that orders like the value (sign-magnitude to two's-complement-like order).
function toOrdered(x: Ext): bigint {
  if (x.m === 0n && !isSpecial(x)) return 0n;
  const mag = (BigInt(expo(x)) << 64n) | x.m;
  return sign(x) ? -mag : mag;
}
