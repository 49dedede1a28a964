/*
 * The 16550A on COM1 with interrupts: scratch and line-control registers, loopback, a THRE
 * interrupt on enabling it with an empty transmitter (IIR=2), interrupt-driven transmit of a
 * line, and receive interrupts (IRQ4, vector 0x24) collecting the scripted input "hello uart\r"
 * that the test sends once "READY" appears; the line is echoed back.
 */
#include "runtime.h"

#define COM1 0x3F8

static volatile char rx[64];
static volatile u32 nrx, line_done, thre_seen, tx_irqs;
static const char *volatile tx_next;

static void uart_irq(struct trap_frame *f)
{
	(void)f;
	for (;;) {
		u8 iir = inb(COM1 + 2);
		if (iir & 1)
			break;
		if ((iir & 0x0E) == 0x02) {
			thre_seen = 1;
			tx_irqs++;
			if (tx_next && *tx_next)
				outb(COM1, *tx_next++);
			else
				outb(COM1 + 1, 0x01); /* nothing left: RX interrupts only */
		}
		while (inb(COM1 + 5) & 1) {
			char c = inb(COM1);
			if (c == '\r' || c == '\n')
				line_done = 1;
			else if (nrx < sizeof(rx) - 1)
				rx[nrx++] = c;
		}
	}
	outb(0x20, 0x20);
}

static void registers(void)
{
	outb(COM1 + 7, 0xA5);
	kprintf("scratch %02x lcr %02x\n", inb(COM1 + 7), inb(COM1 + 3));
	outb(COM1 + 4, 0x1B); /* loopback */
	outb(COM1, 'Z');
	u8 lsr = inb(COM1 + 5);
	u8 byte = inb(COM1);
	outb(COM1 + 4, 0x0B);
	kprintf("loopback: lsr.dr=%u byte=%c\n", lsr & 1, byte);
}

int kmain(void)
{
	registers();
	set_trap_handler(0x24, uart_irq);
	pic_init(0xEF, 0xFF);
	__asm__ volatile("sti");
	static const char msg[] = "sent by THRE interrupts\n";
	tx_next = msg;
	outb(COM1 + 1, 0x03);
	WAIT_UNTIL(!*tx_next);
	kprintf("thre interrupt seen: %u, at least one per byte: %u\n", thre_seen, tx_irqs >= sizeof(msg) - 1);
	kprintf("READY\n");
	WAIT_UNTIL(line_done);
	__asm__ volatile("cli");
	rx[nrx] = 0;
	kprintf("echo: %s (%u bytes)\n", (const char *)rx, nrx);
	check(nrx == 10, "received the scripted line");
	return failures;
}
