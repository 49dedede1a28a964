/* Undefined symbols with a type, as tcc writes its extern declarations, and one without: the
   script defines all three; GNU ld gives the first two the type of the reference. */
	.text
	.globl _start
	.type _start, @function
_start:
	movl $ext_obj, %eax
	movl $ext_func, %ebx
	movl $ext_untyped, %ecx
	movl $data_word, %edx
	ret
	.size _start, . - _start
	.type ext_obj, @object
	.type ext_func, @function

	.data
	.globl data_word
	.type data_word, @object
	.size data_word, 4
data_word:
	.long 1

	.section .note.GNU-stack,"",@progbits
