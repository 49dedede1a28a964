// The built-in script for user programs (used when an executable is linked without -T): static
// i386 in the 0x08048000 region like GNU ld's (code from 0x08049000, headers not loaded), with code, read-only data and data on their own pages, and
// the symbols a libc's brk() and start files look for (_etext, _edata, __bss_start, _end/end).

/// The default linker script text (parsed like any other; name `<default script>`).
export const DEFAULT_SCRIPT = `
ENTRY(_start)
SECTIONS
{
  . = 0x08048000 + 0x1000;
  .init : { KEEP (*(SORT_NONE(.init))) }
  .text : { *(.text.unlikely .text.*_unlikely .text.unlikely.*) *(.text.startup .text.startup.*) *(.text .text.*) }
  .fini : { KEEP (*(SORT_NONE(.fini))) }
  PROVIDE (__etext = .);
  PROVIDE (_etext = .);
  PROVIDE (etext = .);
  . = ALIGN(CONSTANT(MAXPAGESIZE));
  .rodata : { *(.rodata .rodata.*) }
  .eh_frame : { KEEP (*(.eh_frame)) *(.eh_frame.*) }
  . = ALIGN(CONSTANT(MAXPAGESIZE));
  .init_array : { PROVIDE_HIDDEN (__init_array_start = .); KEEP (*(SORT(.init_array.*))) KEEP (*(.init_array)) PROVIDE_HIDDEN (__init_array_end = .); }
  .fini_array : { PROVIDE_HIDDEN (__fini_array_start = .); KEEP (*(SORT(.fini_array.*))) KEEP (*(.fini_array)) PROVIDE_HIDDEN (__fini_array_end = .); }
  .data : { *(.data .data.*) }
  _edata = .;
  PROVIDE (edata = .);
  . = .;
  __bss_start = .;
  .bss : { *(.bss .bss.*) *(COMMON) . = ALIGN(. != 0 ? 32 / 8 : 1); }
  . = ALIGN(32 / 8);
  _end = .;
  PROVIDE (end = .);
  .stab 0 : { *(.stab) }
  .stabstr 0 : { *(.stabstr) }
  .comment 0 : { *(.comment) }
  /DISCARD/ : { *(.note.GNU-stack) *(.gnu_debuglink) *(.gnu.lto_*) }
}
`;

/// Name used in messages about the default script.
export const DEFAULT_SCRIPT_NAME = '<default script>';

/// The built-in script of `ld -r` (GNU ld's section order for partial links, so that a final
/// link of our built-in.o lays its inputs out as it would GNU's). Sections not named here are
/// orphans, placed after .text, .rodata, .data or .bss by kind, or at the end.
export const DEFAULT_RELOCATABLE_SCRIPT = `
SECTIONS
{
  .init 0 : { KEEP (*(SORT_NONE(.init))) }
  .text 0 : { *(.text .stub) }
  .fini 0 : { KEEP (*(SORT_NONE(.fini))) }
  .rodata 0 : { *(.rodata) }
  .rodata1 0 : { *(.rodata1) }
  .eh_frame 0 : { KEEP (*(.eh_frame)) }
  .gcc_except_table 0 : { *(.gcc_except_table) }
  .jcr 0 : { KEEP (*(.jcr)) }
  .got 0 : { *(.got) }
  .got.plt 0 : { *(.got.plt) }
  .data 0 : { *(.data) }
  .data1 0 : { *(.data1) }
  .bss 0 : { *(.bss) }
  .stab 0 : { *(.stab) }
  .stabstr 0 : { *(.stabstr) }
  .comment 0 : { *(.comment) }
  .debug_aranges 0 : { *(.debug_aranges) }
  .debug_info 0 : { *(.debug_info) }
  .debug_abbrev 0 : { *(.debug_abbrev) }
  .debug_line 0 : { *(.debug_line) }
  .debug_frame 0 : { *(.debug_frame) }
  .debug_str 0 : { *(.debug_str) }
  .debug_loc 0 : { *(.debug_loc) }
  .debug_ranges 0 : { *(.debug_ranges) }
  .debug_line_str 0 : { *(.debug_line_str) }
  .debug_loclists 0 : { *(.debug_loclists) }
  .debug_rnglists 0 : { *(.debug_rnglists) }
}
`;
