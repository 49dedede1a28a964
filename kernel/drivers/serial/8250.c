/*
 * drivers/serial/8250.c: the 8250/16550 UART on COM1 (0x3f8, IRQ 4).
 *
 * It is two things: the kernel console (printk output, written by polling
 * so that it works before interrupts and inside an Oops) and the hardware
 * under ttyS0, whose received bytes go to the line discipline from the
 * interrupt handler.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/tty.h>
#include <asm/io.h>
#include <asm/irq.h>

#define COM1_BASE	0x3f8
#define UART_RX		0	/* receive buffer (DLAB=0) */
#define UART_TX		0	/* transmit holding (DLAB=0) */
#define UART_DLL	0	/* divisor latch low (DLAB=1) */
#define UART_IER	1	/* interrupt enable */
#define UART_DLM	1	/* divisor latch high (DLAB=1) */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */
#define UART_LSR_DR	0x01	/* data ready */
#define UART_LSR_THRE	0x20	/* transmit holding register empty */
#define UART_LSR_TEMT	0x40	/* transmitter empty: the last byte has left */
#define UART_IER_RDI	0x01	/* interrupt on received data */

static int serial_console_enabled = 1;

/*
 * Wait for the transmitter before each byte. The bound only guards against a missing UART:
 * an emulator whose host is busy (QEMU writing to a slow pipe) can keep THRE clear for a long
 * time, and writing anyway would overwrite the byte still waiting there.
 */
static void serial_putc(unsigned char c)
{
	int spins = 20000000;

	while (!(inb(COM1_BASE + UART_LSR) & UART_LSR_THRE) && --spins)
		;
	outb(c, COM1_BASE + UART_TX);
}

/*
 * Wait until the last byte has left the transmitter, as Linux's console write does
 * (BOTH_EMPTY): a power-off right after a write would otherwise lose the bytes an emulator
 * had not yet handed to its host.
 */
static void serial_drain(void)
{
	int spins = 20000000;

	while (!(inb(COM1_BASE + UART_LSR) & UART_LSR_TEMT) && --spins)
		;
}

static void serial8250_console_write(struct console *co, const char *s, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\n')
			serial_putc('\r');
		serial_putc(s[i]);
	}
	serial_drain();
}

static struct console serial8250_console = {
	.name = "ttyS",
	.index = 0,
	.write = serial8250_console_write,
};

/* the tty driver's output: raw bytes, the line discipline did the rest */
static void serial8250_tty_write(struct tty_struct *tty, const unsigned char *buf, int n)
{
	int i;

	for (i = 0; i < n; i++)
		serial_putc(buf[i]);
	serial_drain();
}

static void serial8250_interrupt(int irq, void *dev_id)
{
	struct tty_struct *tty = dev_id;

	while (inb(COM1_BASE + UART_LSR) & UART_LSR_DR)
		n_tty_receive_char(tty, inb(COM1_BASE + UART_RX));
}

/* 115200 8N1, FIFOs on */
static void __init serial8250_hw_init(void)
{
	outb(0x00, COM1_BASE + UART_IER);
	outb(0x80, COM1_BASE + UART_LCR);	/* DLAB on */
	outb(0x01, COM1_BASE + UART_DLL);	/* divisor 1: 115200 baud */
	outb(0x00, COM1_BASE + UART_DLM);
	outb(0x03, COM1_BASE + UART_LCR);	/* 8 bits, no parity, 1 stop */
	outb(0xc7, COM1_BASE + UART_FCR);	/* FIFOs on and cleared */
	outb(0x0b, COM1_BASE + UART_MCR);	/* DTR, RTS, OUT2 (IRQ gate) */
}

/* console=ttyS0 selects this console; any other console= turns it off */
static int __init console_setup(char *str)
{
	serial_console_enabled = !strncmp(str, "ttyS0", 5) || !strncmp(str, "ttyS", 5);
	return 1;
}
__setup("console=", console_setup);

/* serial8250_console_init - called early by start_kernel() */
void __init serial8250_console_init(void)
{
	serial8250_hw_init();
	if (serial_console_enabled)
		register_console(&serial8250_console);
}

/* serial8250_init - attach ttyS0 to the UART and start receiving */
void __init serial8250_init(void)
{
	serial_tty.write = serial8250_tty_write;
	request_irq(COM1_IRQ, serial8250_interrupt, "serial", &serial_tty);
	outb(UART_IER_RDI, COM1_BASE + UART_IER);
	printk(KERN_INFO "serial8250: ttyS0 at I/O 0x%x (irq = %d) is a 16550A\n",
	       COM1_BASE, COM1_IRQ);
}
