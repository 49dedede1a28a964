#ifndef _ASM_X86_IRQ_H
#define _ASM_X86_IRQ_H

#include <asm/ptrace.h>

#define NR_IRQS		16
#define TIMER_IRQ	0
#define COM1_IRQ	4

typedef void (*irq_handler_t)(int irq, void *dev_id);

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev_id);
asmlinkage void do_IRQ(struct pt_regs *regs);

/* the 8259A pair (arch/x86/kernel/i8259.c) */
void init_8259A(void);
void enable_8259A_irq(unsigned int irq);
void mask_and_ack_8259A(unsigned int irq);
void unmask_8259A_irq(unsigned int irq);

extern unsigned long irq_stat[NR_IRQS];	/* interrupts received per line */

#endif
