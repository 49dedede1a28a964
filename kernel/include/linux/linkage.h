#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

/*
 * asmlinkage: the function takes all its arguments on the stack. System
 * calls are asmlinkage: system_call (entry_32.S) has just pushed the user's
 * registers as struct pt_regs, and the first six words of that frame
 * (EBX, ECX, EDX, ESI, EDI, EBP) are exactly the function's arguments.
 */
#ifndef __ASSEMBLY__
#define asmlinkage __attribute__((regparm(0)))
#else

/* pad with nops: code may fall through an alignment (tcc pads with zeroes by default) */
#define ALIGN		.balign 4, 0x90
#define ENTRY(name)	.globl name; ALIGN; name:
#define GLOBAL(name)	.globl name; name:		/* data: no padding */
#define END(name)	.size name, .-name
#define ENDPROC(name)	.type name, @function; END(name)

#endif

#endif
