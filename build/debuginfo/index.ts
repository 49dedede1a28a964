// Debug information for the trace view: `DebugInfo.fromElf(vmlinux).lookup(eip)` gives the
// function, offset, file and line of an address (stabs from tcc -g / gcc -gstabs; symbols from the
// ELF symbol table or System.map).
export { DebugInfo, type SourceLocation } from './debug-info.ts';
export { readStabs, type DebugFunction, type LineRow } from './stabs.ts';
export { symbolsFromElf, symbolsFromSystemMap, type CodeSymbol } from './symbols.ts';
export { objectLines, type ObjectLineLookup } from './object-lines.ts';
