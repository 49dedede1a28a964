#ifndef _ASM_X86_SYSTEM_H
#define _ASM_X86_SYSTEM_H

/* Interrupt flag, control registers and the context switch. */

static inline unsigned long native_save_fl(void)
{
	unsigned long flags;

	asm volatile("pushf; pop %0" : "=r" (flags) : : "memory");
	return flags;
}

static inline void native_restore_fl(unsigned long flags)
{
	asm volatile("push %0; popf" : : "g" (flags) : "memory", "cc");
}

#define local_irq_disable()	asm volatile("cli" : : : "memory")
#define local_irq_enable()	asm volatile("sti" : : : "memory")
#define local_irq_save(f)	do { (f) = native_save_fl(); local_irq_disable(); } while (0)
#define local_irq_restore(f)	native_restore_fl(f)
#define safe_halt()		asm volatile("sti; hlt" : : : "memory")
#define halt()			asm volatile("hlt" : : : "memory")

/* "movl %cr2, %eax" and friends as bytes: see asm/processor-flags.h */
static inline unsigned long read_cr2(void)
{
	unsigned long v;

	asm volatile(".byte 0x0f,0x20,0xd0" : "=a" (v));
	return v;
}

static inline unsigned long read_cr3(void)
{
	unsigned long v;

	asm volatile(".byte 0x0f,0x20,0xd8" : "=a" (v));
	return v;
}

static inline void write_cr3(unsigned long v)
{
	asm volatile(".byte 0x0f,0x22,0xd8" : : "a" (v) : "memory");
}

static inline void __flush_tlb_one(unsigned long addr)
{
	asm volatile("invlpg (%0)" : : "r" (addr) : "memory");
}

#define __flush_tlb()	write_cr3(read_cr3())

struct task_struct;
/*
 * switch_to_asm(&prev->thread.sp, next->thread.sp) (entry_32.S) saves the
 * callee-saved registers and EFLAGS on prev's kernel stack, parks prev's
 * stack pointer, loads next's and returns on next's stack.
 */
asmlinkage void switch_to_asm(unsigned long *prev_sp, unsigned long next_sp);

#endif
