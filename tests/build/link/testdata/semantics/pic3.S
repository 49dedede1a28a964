/* GOT forms gcc rarely writes: a call through the GOT (relaxed to addr32 call), and a GOT32 load
   (never relaxed: it needs a real .got entry). */
	.text
	.globl use_got
use_got:
	pushl %ebx
	call 1f
1:	popl %ebx
	addl $_GLOBAL_OFFSET_TABLE_+[.-1b], %ebx
	call *get@GOT(%ebx)
	movl ext_var@GOT(%ebx), %ecx
	movl (%ecx), %eax
	.byte 0x8b, 0x8b
	.reloc ., R_386_GOT32, ext_arr
	.long 0
	addl 4(%ecx), %eax
	popl %ebx
	ret
	.section .note.GNU-stack, "", @progbits
