# A second object for the two-level ld -r chain, with its own local absolute symbol (used before
# it is defined, so tcc leaves a relocation against it).
	.globl more
	.text
more:
	movl $local_abs, %eax
	movl $tail, %ebx
	movl $abs_global, %ecx
tail:
	ret
	.data
	.long local_abs
	.long tail
	.long abs_global
	.set local_abs, 7
