#ifndef _ASM_X86_IO_H
#define _ASM_X86_IO_H

/* Port I/O: the 8259 PICs, the 8253 PIT and the 8250 UART live here. */
static inline void outb(unsigned char v, unsigned short port)
{
	asm volatile("outb %0, %1" : : "a" (v), "Nd" (port));
}

static inline unsigned char inb(unsigned short port)
{
	unsigned char v;

	asm volatile("inb %1, %0" : "=a" (v) : "Nd" (port));
	return v;
}

#endif
