/* Divide errors (#DE, vector 0, no error code, EIP of the div itself) and the tables. */
#include "runtime.h"

void mul_div_table(void);

int kmain(void)
{
	mul_div_table();
	kprintf("== divide errors\n");
	FAULT_PROBE("xorl %%ebx, %%ebx; movl $5, %%eax; xorl %%edx, %%edx; divl %%ebx", : : : "eax", "ebx", "edx");
	report_fault("divl by zero");
	check(last_fault.hit && last_fault.vector == 0, "divl by zero raises #DE");
	FAULT_PROBE("movl $0x1000, %%eax; movb $0x10, %%bl; divb %%bl", : : : "eax", "ebx");
	report_fault("divb quotient 0x100");
	check(last_fault.hit && last_fault.vector == 0, "divb overflow raises #DE");
	FAULT_PROBE("movl $0x80000000, %%eax; movl $-1, %%edx; movl $-1, %%ebx; idivl %%ebx", : : : "eax", "ebx", "edx");
	report_fault("idivl -2^31 by -1");
	check(last_fault.hit && last_fault.vector == 0, "idivl overflow raises #DE");
	FAULT_PROBE("movl $0xff80, %%eax; movb $-1, %%bl; idivb %%bl", : : : "eax", "ebx");
	report_fault("idivb -128 by -1");
	FAULT_PROBE("movl $0xff00, %%eax; movb $2, %%bl; idivb %%bl", : : : "eax", "ebx");
	report_fault("idivb -256 by 2");
	check(!last_fault.hit, "idivb -256 by 2 gives -128 without #DE");
	FAULT_PROBE("movl $1, %%edx; movl $0, %%eax; movw $1, %%bx; divw %%bx", : : : "eax", "ebx", "edx");
	report_fault("divw dx:ax=0x10000 by 1");
	u32 eax, edx;
	__asm__ volatile("movl $7, %%eax; movl $0, %%edx; movl $0, %%ebx; movl $1f, fault_resume; divl %%ebx; 1: movl $0, fault_resume"
			 : "=a"(eax), "=d"(edx) : : "ebx");
	kprintf("registers after #DE: eax=%08x edx=%08x\n", eax, edx);
	check(eax == 7 && edx == 0, "#DE leaves the dividend in place");
	return failures;
}
