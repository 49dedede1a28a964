# Relocations against local absolute, local section-relative and global absolute symbols, from
# .text and .data. As in entry_32.S, `nr_calls` is used before it is computed from the table's
# size; tcc's assembler then emits a relocation against the local symbol (GNU as resolves it).
	.globl _start, abs_global
	.text
_start:
	cmpl $nr_calls, %eax
	movl $here, %ebx
	movl $abs_global, %ecx
	movl $table, %edx
here:
	ret
	.data
data_refs:
	.long nr_calls
	.long here
	.long abs_global
	.long table
table:
	.long 11, 22, 33
	table_size = (. - table)
	.set nr_calls, (table_size)/4
	.set abs_global, 0x55
