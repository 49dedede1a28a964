// Entries of an initramfs, as the gen_init_cpio list describes them (contents resolved), and the
// records a newc archive holds.

/// One list entry with its file contents already read (the Kbuild runner's InitramfsEntry has
/// this exact shape). `mode` holds the permission bits only; the type comes from `kind`.
export type CpioEntry =
  | {
      readonly kind: 'dir';
      readonly name: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
    }
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
      readonly data: Uint8Array;
    }
  | {
      readonly kind: 'nod';
      readonly name: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
      readonly device: 'c' | 'b';
      readonly major: number;
      readonly minor: number;
    }
  | {
      readonly kind: 'slink';
      readonly name: string;
      readonly target: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
    }
  | {
      readonly kind: 'pipe' | 'sock';
      readonly name: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
    };

/// One record decoded from a newc archive. `mode` includes the file type bits (S_IFMT).
export interface CpioRecord {
  readonly name: string;
  readonly ino: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly nlink: number;
  readonly mtime: number;
  readonly devMajor: number;
  readonly devMinor: number;
  readonly rdevMajor: number;
  readonly rdevMinor: number;
  /// File contents or symlink target bytes (a view of the archive).
  readonly data: Uint8Array;
  /// Byte offset of the record's header in the archive, and which archive of a concatenation.
  readonly offset: number;
  readonly archive: number;
}

/// File type bits of `mode`.
export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;

/// The name of the record that ends an archive.
export const TRAILER = 'TRAILER!!!';
