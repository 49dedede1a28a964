/*
 * arch/x86/kernel/i8259.c: the two cascaded 8259A interrupt controllers.
 *
 * The master handles IRQ 0-7 (the timer is 0, COM1 is 4) and the slave
 * 8-15 through the master's line 2. We move their vectors to 0x30-0x3f,
 * clear of the CPU's exceptions, and keep every line masked until a driver
 * asks for it with request_irq().
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/io.h>
#include <asm/irq.h>
#include <asm/traps.h>

#define PIC_MASTER_CMD	0x20
#define PIC_MASTER_IMR	0x21
#define PIC_SLAVE_CMD	0xa0
#define PIC_SLAVE_IMR	0xa1
#define PIC_CASCADE_IR	2

static unsigned int cached_irq_mask = 0xffff & ~(1 << PIC_CASCADE_IR);

static void write_masks(void)
{
	outb(cached_irq_mask & 0xff, PIC_MASTER_IMR);
	outb(cached_irq_mask >> 8, PIC_SLAVE_IMR);
}

void enable_8259A_irq(unsigned int irq)
{
	cached_irq_mask &= ~(1 << irq);
	write_masks();
}

void unmask_8259A_irq(unsigned int irq)
{
	enable_8259A_irq(irq);
}

/* mask the line while its handler runs, and tell the PIC(s) we took it */
void mask_and_ack_8259A(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;
	write_masks();
	if (irq & 8) {
		outb(0x60 + (irq & 7), PIC_SLAVE_CMD);		/* specific EOI */
		outb(0x60 + PIC_CASCADE_IR, PIC_MASTER_CMD);
	} else {
		outb(0x60 + irq, PIC_MASTER_CMD);
	}
}

void __init init_8259A(void)
{
	outb(0xff, PIC_MASTER_IMR);
	outb(0xff, PIC_SLAVE_IMR);

	outb(0x11, PIC_MASTER_CMD);		/* ICW1: edge, cascade, ICW4 needed */
	outb(IRQ0_VECTOR, PIC_MASTER_IMR);	/* ICW2: IRQ 0-7 -> 0x30-0x37 */
	outb(1 << PIC_CASCADE_IR, PIC_MASTER_IMR); /* ICW3: slave on IR2 */
	outb(0x01, PIC_MASTER_IMR);		/* ICW4: 8086 mode, normal EOI */

	outb(0x11, PIC_SLAVE_CMD);
	outb(IRQ0_VECTOR + 8, PIC_SLAVE_IMR);	/* IRQ 8-15 -> 0x38-0x3f */
	outb(PIC_CASCADE_IR, PIC_SLAVE_IMR);
	outb(0x01, PIC_SLAVE_IMR);

	write_masks();
}
