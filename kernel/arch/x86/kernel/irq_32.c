/*
 * arch/x86/kernel/irq_32.c: dispatching hardware interrupts.
 *
 * The stubs in entry_32.S push ~vector and call do_IRQ(), which acks the
 * 8259, runs the line's handler with interrupts still off, and unmasks the
 * line again. Rescheduling and signals are left to the exit path
 * (ret_from_intr), never done here.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/irq.h>
#include <asm/desc.h>
#include <asm/traps.h>

struct irq_desc {
	irq_handler_t handler;
	const char *name;
	void *dev_id;
};

static struct irq_desc irq_desc[NR_IRQS];
unsigned long irq_stat[NR_IRQS];
extern void (*interrupt[NR_IRQS])(void);	/* the stubs, entry_32.S */

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev_id)
{
	if (irq >= NR_IRQS || irq_desc[irq].handler)
		return -1;
	irq_desc[irq].handler = handler;
	irq_desc[irq].name = name;
	irq_desc[irq].dev_id = dev_id;
	enable_8259A_irq(irq);
	return 0;
}

asmlinkage void do_IRQ(struct pt_regs *regs)
{
	unsigned int irq = ~regs->orig_ax - IRQ0_VECTOR;
	struct irq_desc *desc;

	if (irq >= NR_IRQS)
		return;
	desc = &irq_desc[irq];
	mask_and_ack_8259A(irq);
	irq_stat[irq]++;
	if (desc->handler) {
		desc->handler(irq, desc->dev_id);
		unmask_8259A_irq(irq);
	} else if (irq != 7 && irq != 15) {	/* 7 and 15 are the spurious lines */
		printk(KERN_WARNING "unexpected IRQ trap at vector %02x\n", irq + IRQ0_VECTOR);
	}
}

void __init init_IRQ(void)
{
	int i;

	init_8259A();
	for (i = 0; i < NR_IRQS; i++)
		set_intr_gate(IRQ0_VECTOR + i, interrupt[i]);
}
