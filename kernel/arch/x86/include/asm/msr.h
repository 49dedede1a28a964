#ifndef _ASM_X86_MSR_H
#define _ASM_X86_MSR_H

#define MSR_IA32_SYSENTER_CS	0x174
#define MSR_IA32_SYSENTER_ESP	0x175
#define MSR_IA32_SYSENTER_EIP	0x176

static inline void wrmsr(unsigned int msr, unsigned int lo, unsigned int hi)
{
	asm volatile("wrmsr" : : "c" (msr), "a" (lo), "d" (hi) : "memory");
}

static inline void cpuid(unsigned int op, unsigned int *a, unsigned int *b,
			 unsigned int *c, unsigned int *d)
{
	asm volatile("cpuid" : "=a" (*a), "=b" (*b), "=c" (*c), "=d" (*d) : "0" (op));
}

#endif
