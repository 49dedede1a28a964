/* setjmp.S - save and restore the registers a C function must preserve.
 *
 *   jmp_buf:  0 EBX   4 ESI   8 EDI   12 EBP   16 ESP (after return)   20 EIP
 *
 * setjmp returns 0; longjmp(env, v) makes that same setjmp return v (1 if v is 0).
 */
	.text
	.globl setjmp
setjmp:
	movl 4(%esp), %eax          /* eax = env */
	movl %ebx, 0(%eax)
	movl %esi, 4(%eax)
	movl %edi, 8(%eax)
	movl %ebp, 12(%eax)
	leal 4(%esp), %ecx          /* the stack pointer once setjmp has returned */
	movl %ecx, 16(%eax)
	movl (%esp), %ecx           /* where setjmp returns to */
	movl %ecx, 20(%eax)
	xorl %eax, %eax
	ret

	.globl longjmp
longjmp:
	movl 4(%esp), %edx          /* edx = env */
	movl 8(%esp), %eax          /* eax = value */
	testl %eax, %eax
	jnz 1f
	incl %eax                   /* setjmp must not seem to return 0 twice */
1:	movl 0(%edx), %ebx
	movl 4(%edx), %esi
	movl 8(%edx), %edi
	movl 12(%edx), %ebp
	movl 16(%edx), %esp
	jmp *20(%edx)
