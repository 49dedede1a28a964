// Types for make-tcc-wasm.mjs (a plain ESM script so that it runs from `npm install`).
export { debSrcFromDeb822, debSrcFromOneLine, deriveSources } from './debian-source.mjs';

/** The folder holding tcc.wasm, its headers, libtcc1.a and the recorded version. */
export declare const cacheDir: string;

/** Builds tcc.wasm unless the cache already holds the expected version (or `force`). */
export declare function makeTccWasm(options?: {
  force?: boolean;
}): Promise<Record<string, unknown>>;
