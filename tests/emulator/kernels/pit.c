/*
 * The 8253/8254 timer through the 8259A: channel 0 in mode 2 raises IRQ0 at vector 0x20; the
 * kernel sleeps in hlt and counts 20 ticks with an EOI each, then masks it. A mode 0 one-shot
 * raises exactly one interrupt. Latched reads must lie below the reload value. Only counts and
 * comparisons are printed: wall-clock timing differs between machines.
 */
#include "runtime.h"

static volatile u32 ticks;

static void timer(struct trap_frame *f)
{
	(void)f;
	ticks++;
	outb(0x20, 0x20);
}

static u16 latch(void)
{
	outb(0x43, 0x00);
	u8 lo = inb(0x40);
	return lo | inb(0x40) << 8;
}

int kmain(void)
{
	set_trap_handler(0x20, timer);
	outb(0x43, 0x34); /* channel 0, lo/hi, mode 2 */
	outb(0x40, 1193 & 0xFF);
	outb(0x40, 1193 >> 8);
	u16 c1 = latch();
	kprintf("latched count below reload: %u\n", c1 <= 1193);
	pic_init(0xFE, 0xFF);
	__asm__ volatile("sti");
	WAIT_UNTIL(ticks >= 20);
	__asm__ volatile("cli");
	pic_init(0xFF, 0xFF);
	kprintf("ticks counted: %u\n", ticks >= 20 ? 20 : 0);
	outb(0x20, 0x0B);
	kprintf("master ISR after EOI: %02x, IMR %02x\n", inb(0x20), inb(0x21));
	ticks = 0;
	outb(0x43, 0x30); /* channel 0, mode 0: one interrupt at terminal count */
	outb(0x40, 0x00);
	outb(0x40, 0x10);
	pic_init(0xFE, 0xFF);
	__asm__ volatile("sti");
	WAIT_UNTIL(ticks >= 1);
	for (volatile int i = 0; i < 20000; i++)
		;
	__asm__ volatile("cli");
	kprintf("one-shot interrupts: %u\n", ticks);
	check(ticks == 1, "mode 0 fires once");
	return failures;
}
