// Types for debian-source.mjs (a plain ESM script so that it runs from `npm install`).

/** deb822 stanzas turned into deb-src stanzas. */
export declare function debSrcFromDeb822(text: string): string;

/** One-line `deb` entries turned into `deb-src` lines. */
export declare function debSrcFromOneLine(text: string): string;

/** The machine's apt sources, turned into a private deb-src configuration. */
export declare function deriveSources(etcApt?: string): { deb822: string; oneLine: string };
