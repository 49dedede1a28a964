// A newc (SVR4, no CRC) writer for the runner's tests until build/cpio is bound; checked against
// the host's cpio in the tests. Not shipped.
import type { InitramfsEntry } from '../../../../build/kbuild/tools.ts';

const TYPE = { dir: 0o040000, file: 0o100000, slink: 0o120000 } as const;

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/// Packs entries into a newc archive with a TRAILER!!! record.
export function packNewc(entries: readonly InitramfsEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  const push = (b: Uint8Array) => {
    parts.push(b);
    size += b.length;
    const pad = (4 - (size % 4)) % 4;
    if (pad) {
      parts.push(new Uint8Array(pad));
      size += pad;
    }
  };
  let ino = 721;
  const record = (
    name: string,
    mode: number,
    data: Uint8Array,
    uid = 0,
    gid = 0,
    rdev: [number, number] = [0, 0],
  ) => {
    const n = enc.encode(name.replace(/^\//, '') + '\0');
    const fields = [ino++, mode, uid, gid, 1, 0, data.length, 0, 0, rdev[0], rdev[1], n.length, 0];
    const header = enc.encode('070701' + fields.map(hex8).join(''));
    const head = new Uint8Array(header.length + n.length);
    head.set(header);
    head.set(n, header.length);
    push(head);
    if (data.length) push(data);
  };
  for (const e of entries) {
    if (e.kind === 'dir') record(e.name, TYPE.dir | e.mode, new Uint8Array(0), e.uid, e.gid);
    else if (e.kind === 'file') record(e.name, TYPE.file | e.mode, e.data, e.uid, e.gid);
    else if (e.kind === 'slink')
      record(e.name, TYPE.slink | e.mode, enc.encode(e.target), e.uid, e.gid);
    else
      record(
        e.name,
        (e.device === 'c' ? 0o020000 : 0o060000) | e.mode,
        new Uint8Array(0),
        e.uid,
        e.gid,
        [e.major, e.minor],
      );
  }
  record('TRAILER!!!', 0, new Uint8Array(0));
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
