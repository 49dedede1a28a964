// The initramfs packer: gen_init_cpio lists, the newc writer (byte-identical to the tree's
// usr/gen_init_cpio.c) and a reader for one or several concatenated archives. No Node API.
export type { CpioEntry, CpioRecord } from './types.ts';
export {
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  S_IFSOCK,
  TRAILER,
} from './types.ts';
export { packNewc, type NewcOptions } from './newc-writer.ts';
export { CpioFormatError, readNewc, unpackedView } from './newc-reader.ts';
export { CpioListError, parseCpioList, type SourceReader } from './list.ts';
