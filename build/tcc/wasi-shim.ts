// A small WASI preview1 implementation over a `SandboxFs`: just what a C command such as tcc.wasm
// needs (arguments, environment, clocks, files under one preopened '/', stdout/stderr, exit).
// Ours rather than node:wasi so that exactly the same code runs in Node, a worker thread and the
// browser. Anything else the module imports answers ENOSYS.

import { joinPath, type SandboxFs } from './sandbox-fs.ts';

// WASI errno values (preview1).
const E = {
  SUCCESS: 0,
  BADF: 8,
  EXIST: 20,
  INVAL: 28,
  ISDIR: 31,
  NOENT: 44,
  NOSYS: 52,
  NOTDIR: 54,
  SPIPE: 70,
};
const FILETYPE = { CHARACTER_DEVICE: 2, DIRECTORY: 3, REGULAR_FILE: 4 };
const OFLAG = { CREAT: 1, DIRECTORY: 2, EXCL: 4, TRUNC: 8 };
const RIGHT_FD_WRITE = 1n << 6n;
const FDFLAG_APPEND = 1;
const PREOPEN_FD = 3;

/// Thrown by `proc_exit` to unwind the wasm stack; `start()` turns it into an exit code.
export class ProcExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

interface OpenFile {
  readonly path: string;
  readonly kind: 'file' | 'directory' | 'stdin' | 'stdout' | 'stderr';
  data: Uint8Array;
  size: number;
  pos: number;
  readonly writable: boolean;
  readonly append: boolean;
  dirty: boolean;
}

/// What one run needs: argv (argv[0] included), environment, and its file system.
export interface WasiConfig {
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly fs: SandboxFs;
}

const encoder = new TextEncoder();

function stream(kind: OpenFile['kind']): OpenFile {
  return {
    path: '',
    kind,
    data: new Uint8Array(0),
    size: 0,
    pos: 0,
    writable: kind !== 'stdin',
    append: true,
    dirty: false,
  };
}

/// One WASI "process": create, pass `imports(module)` to instantiation, then `start(instance)`.
/// Not reusable: a new shim per run (it is cheap; the module is what is worth caching).
export class WasiShim {
  private memory: WebAssembly.Memory | null = null;
  private view = new DataView(new ArrayBuffer(0));
  private readonly fds = new Map<number, OpenFile>();
  private readonly argBytes: Uint8Array[];
  private readonly envBytes: Uint8Array[];
  private nextFd = PREOPEN_FD + 1;

  constructor(private readonly config: WasiConfig) {
    this.argBytes = config.args.map((a) => encoder.encode(a + '\0'));
    this.envBytes = Object.entries(config.env ?? {}).map(([k, v]) => encoder.encode(`${k}=${v}\0`));
    this.fds.set(0, stream('stdin'));
    this.fds.set(1, stream('stdout'));
    this.fds.set(2, stream('stderr'));
    this.fds.set(PREOPEN_FD, { ...stream('directory'), path: '/', writable: false });
  }

  /// Bytes the program wrote to fd 1 and fd 2.
  get stdout(): Uint8Array {
    return this.streamBytes(1);
  }
  get stderr(): Uint8Array {
    return this.streamBytes(2);
  }

  /// The import object for `module`: our functions, and an ENOSYS stub for any other WASI import.
  imports(module: WebAssembly.Module): WebAssembly.Imports {
    const table = this.functions() as Record<string, (...args: never[]) => number>;
    const wasi: Record<string, (...args: never[]) => number> = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module !== 'wasi_snapshot_preview1' || imp.kind !== 'function') continue;
      wasi[imp.name] = table[imp.name] ?? (() => E.NOSYS);
    }
    return { wasi_snapshot_preview1: wasi };
  }

  /// Runs `_start`; returns the exit code (0 when it returns normally). Files still open are
  /// flushed. A trap (a bug in the program) propagates as a WebAssembly.RuntimeError.
  start(instance: WebAssembly.Instance): number {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    let code = 0;
    try {
      (instance.exports._start as () => void)();
    } catch (err) {
      if (!(err instanceof ProcExit)) throw err;
      code = err.code;
    } finally {
      for (const fd of [...this.fds.keys()]) if (fd > PREOPEN_FD) this.close(fd);
    }
    return code;
  }

  private streamBytes(fd: number): Uint8Array {
    const f = this.fds.get(fd);
    return f ? f.data.subarray(0, f.size) : new Uint8Array(0);
  }

  private mem(): DataView {
    if (this.view.buffer !== this.memory!.buffer) this.view = new DataView(this.memory!.buffer);
    return this.view;
  }

  private bytes(ptr: number, len: number): Uint8Array {
    return new Uint8Array(this.memory!.buffer, ptr, len);
  }

  private string(ptr: number, len: number): string {
    return new TextDecoder().decode(this.bytes(ptr, len));
  }

  private close(fd: number): number {
    const f = this.fds.get(fd);
    if (!f || fd <= PREOPEN_FD) return f ? E.SUCCESS : E.BADF;
    if (f.kind === 'file' && f.dirty) this.config.fs.write(f.path, f.data.slice(0, f.size));
    this.fds.delete(fd);
    return E.SUCCESS;
  }

  // Writes strings (argv or environ) as a pointer array plus one buffer of NUL-terminated bytes.
  private putStrings(list: Uint8Array[], ptrs: number, buf: number): number {
    const m = this.mem();
    for (const s of list) {
      m.setUint32(ptrs, buf, true);
      this.bytes(buf, s.length).set(s);
      ptrs += 4;
      buf += s.length;
    }
    return E.SUCCESS;
  }

  private putSizes(list: Uint8Array[], countPtr: number, sizePtr: number): number {
    this.mem().setUint32(countPtr, list.length, true);
    this.mem().setUint32(
      sizePtr,
      list.reduce((n, s) => n + s.length, 0),
      true,
    );
    return E.SUCCESS;
  }

  private iovecs(iovs: number, count: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const base = this.mem().getUint32(iovs + 8 * i, true);
      out.push(this.bytes(base, this.mem().getUint32(iovs + 8 * i + 4, true)));
    }
    return out;
  }

  private readInto(f: OpenFile, iovs: number, count: number, at: number): number {
    let done = 0;
    for (const buf of this.iovecs(iovs, count)) {
      const n = Math.max(0, Math.min(buf.length, f.size - at - done));
      buf.set(f.data.subarray(at + done, at + done + n));
      done += n;
      if (n < buf.length) break;
    }
    return done;
  }

  private writeFrom(f: OpenFile, iovs: number, count: number): number {
    let done = 0;
    for (const buf of this.iovecs(iovs, count)) {
      const at = f.append ? f.size : f.pos;
      const end = at + buf.length;
      if (end > f.data.length) {
        const grown = new Uint8Array(Math.max(end, f.data.length * 2, 4096));
        grown.set(f.data.subarray(0, f.size));
        f.data = grown;
      }
      f.data.set(buf, at);
      f.size = Math.max(f.size, end);
      f.pos = end;
      done += buf.length;
    }
    f.dirty = true;
    return done;
  }

  // Resolves a path argument relative to a directory fd (only the preopen and opened dirs).
  private resolve(dirFd: number, ptr: number, len: number): string | number {
    const dir = this.fds.get(dirFd);
    if (!dir) return E.BADF;
    if (dir.kind !== 'directory') return E.NOTDIR;
    return joinPath(dir.path, this.string(ptr, len));
  }

  private putFilestat(ptr: number, kind: 'file' | 'directory' | 'char', size: number): number {
    const m = this.mem();
    this.bytes(ptr, 64).fill(0);
    const type =
      kind === 'file'
        ? FILETYPE.REGULAR_FILE
        : kind === 'directory'
          ? FILETYPE.DIRECTORY
          : FILETYPE.CHARACTER_DEVICE;
    m.setUint8(ptr + 16, type);
    m.setBigUint64(ptr + 24, 1n, true);
    m.setBigUint64(ptr + 32, BigInt(size), true);
    return E.SUCCESS;
  }

  private open(path: string, oflags: number, rights: bigint, fdflags: number): OpenFile | number {
    const fs = this.config.fs;
    const kind = fs.kind(path);
    const writable = (rights & RIGHT_FD_WRITE) !== 0n;
    if (kind === 'directory') {
      return writable ? E.ISDIR : { ...stream('directory'), path, writable: false };
    }
    if (oflags & OFLAG.DIRECTORY) return kind === 'missing' ? E.NOENT : E.NOTDIR;
    if (kind === 'missing' && !(oflags & OFLAG.CREAT)) return E.NOENT;
    if (kind === 'file' && oflags & OFLAG.EXCL && oflags & OFLAG.CREAT) return E.EXIST;
    const truncate = kind === 'missing' || (oflags & OFLAG.TRUNC) !== 0;
    const data = truncate ? new Uint8Array(0) : fs.read(path)!;
    if (truncate && writable) fs.write(path, data);
    const append = (fdflags & FDFLAG_APPEND) !== 0;
    return { path, kind: 'file', data, size: data.length, pos: 0, writable, append, dirty: false };
  }

  private seek(f: OpenFile, offset: bigint, whence: number): number {
    const base = whence === 0 ? 0 : whence === 1 ? f.pos : f.size;
    const pos = base + Number(offset);
    if (pos < 0) return -1;
    f.pos = pos;
    return pos;
  }

  // The WASI functions, by import name. Each is a thin adapter from pointers to the helpers.
  private functions() {
    const fd = (n: number) => this.fds.get(n);
    return {
      args_sizes_get: (c: number, s: number) => this.putSizes(this.argBytes, c, s),
      args_get: (p: number, b: number) => this.putStrings(this.argBytes, p, b),
      environ_sizes_get: (c: number, s: number) => this.putSizes(this.envBytes, c, s),
      environ_get: (p: number, b: number) => this.putStrings(this.envBytes, p, b),
      clock_res_get: (_id: number, ptr: number) => (
        this.mem().setBigUint64(ptr, 1000n, true),
        E.SUCCESS
      ),
      clock_time_get: (_id: number, _precision: bigint, ptr: number) => {
        const ms = typeof performance !== 'undefined' && _id !== 0 ? performance.now() : Date.now();
        this.mem().setBigUint64(ptr, BigInt(Math.round(ms * 1e6)), true);
        return E.SUCCESS;
      },
      fd_close: (n: number) => this.close(n),
      fd_fdstat_get: (n: number, ptr: number) => {
        const f = fd(n);
        if (!f) return E.BADF;
        this.bytes(ptr, 24).fill(0);
        const type =
          f.kind === 'directory'
            ? FILETYPE.DIRECTORY
            : f.kind === 'file'
              ? FILETYPE.REGULAR_FILE
              : FILETYPE.CHARACTER_DEVICE;
        this.mem().setUint8(ptr, type);
        this.mem().setUint16(ptr + 2, f.append ? FDFLAG_APPEND : 0, true);
        this.mem().setBigUint64(ptr + 8, 0xffffffffn, true);
        this.mem().setBigUint64(ptr + 16, 0xffffffffn, true);
        return E.SUCCESS;
      },
      fd_fdstat_set_flags: (n: number) => (fd(n) ? E.SUCCESS : E.BADF),
      fd_prestat_get: (n: number, ptr: number) => {
        if (n !== PREOPEN_FD) return E.BADF;
        this.mem().setUint32(ptr, 0, true);
        this.mem().setUint32(ptr + 4, 1, true);
        return E.SUCCESS;
      },
      fd_prestat_dir_name: (n: number, ptr: number, len: number) => {
        if (n !== PREOPEN_FD) return E.BADF;
        if (len < 1) return E.INVAL;
        this.mem().setUint8(ptr, 0x2f);
        return E.SUCCESS;
      },
      fd_read: (n: number, iovs: number, count: number, out: number) => {
        const f = fd(n);
        if (!f) return E.BADF;
        if (f.kind === 'directory') return E.ISDIR;
        const got = this.readInto(f, iovs, count, f.pos);
        f.pos += got;
        this.mem().setUint32(out, got, true);
        return E.SUCCESS;
      },
      fd_pread: (n: number, iovs: number, count: number, offset: bigint, out: number) => {
        const f = fd(n);
        if (!f || f.kind !== 'file') return f ? E.SPIPE : E.BADF;
        this.mem().setUint32(out, this.readInto(f, iovs, count, Number(offset)), true);
        return E.SUCCESS;
      },
      fd_write: (n: number, iovs: number, count: number, out: number) => {
        const f = fd(n);
        if (!f) return E.BADF;
        if (!f.writable) return E.BADF;
        this.mem().setUint32(out, this.writeFrom(f, iovs, count), true);
        return E.SUCCESS;
      },
      fd_seek: (n: number, offset: bigint, whence: number, out: number) => {
        const f = fd(n);
        if (!f) return E.BADF;
        if (f.kind !== 'file') return E.SPIPE;
        const pos = this.seek(f, offset, whence);
        if (pos < 0) return E.INVAL;
        this.mem().setBigUint64(out, BigInt(pos), true);
        return E.SUCCESS;
      },
      fd_tell: (n: number, out: number) => {
        const f = fd(n);
        if (!f) return E.BADF;
        this.mem().setBigUint64(out, BigInt(f.pos), true);
        return E.SUCCESS;
      },
      fd_filestat_get: (n: number, ptr: number) => {
        const f = fd(n);
        if (!f) return E.BADF;
        return this.putFilestat(
          ptr,
          f.kind === 'file' || f.kind === 'directory' ? f.kind : 'char',
          f.size,
        );
      },
      fd_sync: (n: number) => (fd(n) ? E.SUCCESS : E.BADF),
      path_filestat_get: (dirFd: number, _flags: number, p: number, len: number, ptr: number) => {
        const path = this.resolve(dirFd, p, len);
        if (typeof path === 'number') return path;
        const kind = this.config.fs.kind(path);
        if (kind === 'missing') return E.NOENT;
        return this.putFilestat(ptr, kind, kind === 'file' ? this.config.fs.read(path)!.length : 0);
      },
      path_open: (
        ...a: [number, number, number, number, number, bigint, bigint, number, number]
      ) => {
        const [dirFd, , p, len, oflags, rights, , fdflags, out] = a;
        const path = this.resolve(dirFd, p, len);
        if (typeof path === 'number') return path;
        const f = this.open(path, oflags, rights, fdflags);
        if (typeof f === 'number') return f;
        const n = this.nextFd++;
        this.fds.set(n, f);
        this.mem().setUint32(out, n, true);
        return E.SUCCESS;
      },
      path_unlink_file: (dirFd: number, p: number, len: number) => {
        const path = this.resolve(dirFd, p, len);
        if (typeof path === 'number') return path;
        return this.config.fs.unlink(path) ? E.SUCCESS : E.NOENT;
      },
      path_create_directory: () => E.SUCCESS,
      path_remove_directory: () => E.NOSYS,
      proc_exit: (code: number) => {
        throw new ProcExit(code);
      },
      random_get: (ptr: number, len: number) => {
        const buf = this.bytes(ptr, len);
        for (let i = 0; i < len; i++) buf[i] = (Math.random() * 256) | 0;
        return E.SUCCESS;
      },
      sched_yield: () => E.SUCCESS,
      fd_advise: () => E.SUCCESS,
      fd_datasync: () => E.SUCCESS,
      fd_filestat_set_times: () => E.SUCCESS,
      path_filestat_set_times: () => E.SUCCESS,
    };
  }
}
