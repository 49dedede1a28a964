/// Content hashing for the build state. Pure JavaScript (no `node:crypto`) so the core runs
/// anywhere; two independent 32-bit FNV-1a style lanes make accidental collisions between two
/// versions of one file practically impossible, which is all an up-to-date check needs.

/// Hashes bytes to a 16-hex-digit string.
export function hashBytes(data: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ data.length;
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x ^ (a >>> 15), 0x5bd1e995);
  }
  b ^= b >>> 13;
  b = Math.imul(b, 0x5bd1e995);
  return hex(a) + hex(b ^ (b >>> 15));
}

/// Hashes a string (UTF-16 code units) to a 16-hex-digit string: used for recorded commands.
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i);
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x ^ (a >>> 15), 0x5bd1e995);
  }
  return hex(a) + hex(b ^ (b >>> 15));
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
