/* Runtime shared by the test kernels (see runtime.h for the contract). */
#include "runtime.h"
#include <stdarg.h>

#define COM1 0x3F8
#define EXIT_PORT 0xF4

struct fault_record last_fault;
volatile u32 fault_resume;
u32 failures;

static trap_handler handlers[256];

struct tss {
	u32 link, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags;
	u32 eax, ecx, edx, ebx, esp, ebp, esi, edi;
	u32 es, cs, ss, ds, fs, gs, ldt;
	u16 trap, iomap;
} __attribute__((packed));

static struct tss tss;

/* Both 8259As remapped to vectors 0x20-0x2F and masked as given: what a firmware left behind
 * (QEMU's BIOS unmasks the timer at vector 8) must not leak into a test. */
void pic_init(u8 master_mask, u8 slave_mask)
{
	outb(0x20, 0x11);
	outb(0xA0, 0x11);
	outb(0x21, 0x20);
	outb(0xA1, 0x28);
	outb(0x21, 0x04);
	outb(0xA1, 0x02);
	outb(0x21, 0x01);
	outb(0xA1, 0x01);
	outb(0x21, master_mask);
	outb(0xA1, slave_mask);
}

/* 115200 8N1 with FIFOs on, interrupts off: what a polled console needs. */
void runtime_init(void)
{
	pic_init(0xFF, 0xFF);
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x80);
	outb(COM1 + 0, 0x01);
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x03);
	outb(COM1 + 2, 0xC7);
	outb(COM1 + 4, 0x0B);
}

void serial_putc(char c)
{
	while (!(inb(COM1 + 5) & 0x20))
		;
	outb(COM1, (u8)c);
}

void serial_puts(const char *s)
{
	while (*s)
		serial_putc(*s++);
}

/* Unsigned 64-bit value in any base 2..16, right-aligned in `width` with `pad`. */
static void put_number(u64 v, unsigned base, int width, char pad, int neg, int left)
{
	char buf[72];
	int n = 0;
	do {
		buf[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (neg && pad == '0' && !left) {
		serial_putc('-'); /* zero padding goes between the sign and the digits */
		neg = 0;
		width--;
	}
	if (neg)
		buf[n++] = '-';
	int fill = width > n ? width - n : 0;
	if (!left)
		while (fill-- > 0)
			serial_putc(pad);
	while (n)
		serial_putc(buf[--n]);
	if (left)
		while (fill-- > 0)
			serial_putc(' ');
}

/* The integer subset of printf: %d %u %x %o %b %c %s %%, flags '-' '0', width, l and ll. */
void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			serial_putc(*fmt);
			continue;
		}
		int left = 0, width = 0, longs = 0;
		char pad = ' ';
		for (fmt++; *fmt == '-' || *fmt == '0'; fmt++)
			if (*fmt == '-')
				left = 1;
			else
				pad = '0';
		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		for (; *fmt == 'l'; fmt++)
			longs++;
		u64 v = 0;
		s64 sv = 0;
		switch (*fmt) {
		case 'd':
			sv = longs >= 2 ? va_arg(ap, s64) : va_arg(ap, s32);
			put_number(sv < 0 ? -(u64)sv : (u64)sv, 10, width, pad, sv < 0, left);
			break;
		case 'u': case 'x': case 'o': case 'b':
			v = longs >= 2 ? va_arg(ap, u64) : va_arg(ap, u32);
			put_number(v, *fmt == 'u' ? 10 : *fmt == 'x' ? 16 : *fmt == 'o' ? 8 : 2, width, pad, 0, left);
			break;
		case 'c':
			serial_putc((char)va_arg(ap, int));
			break;
		case 's':
			serial_puts(va_arg(ap, const char *));
			break;
		default:
			serial_putc(*fmt);
		}
	}
	va_end(ap);
}

/* A self-check: prints FAIL lines only, so the transcript stays the same when all pass. */
u32 check(int ok, const char *what)
{
	if (!ok) {
		failures++;
		kprintf("FAIL %s\n", what);
	}
	return ok;
}

/* One instruction's outcome, for the asm table kernels (lib/ops.h): flags are masked to the
 * ones the manuals define for that instruction so the transcript holds no undefined bits. */
void show_op(const char *name, u32 eax, u32 edx, u32 flags, u32 mask)
{
	kprintf("%-44s eax=%08x edx=%08x fl=%03x\n", name, eax, edx, flags & mask);
}

/*
 * Ends the run: a sentinel line (for machines without the exit port), then port 0xF4.
 * Waits for the transmitter to be empty first: QEMU exits at the port write, and a byte its
 * chardev had not yet written (THRE set, TEMT not) would be lost, as a console flush would be.
 */
void kexit(int code)
{
	kprintf("\n@@EXIT=%02x\n", code & 0xFF);
	while (!(inb(COM1 + 5) & 0x40))
		;
	outb(EXIT_PORT, (u8)code);
	for (;;)
		__asm__ volatile("cli; hlt");
}

/* Reloads DS/ES/FS/GS/SS with the flat kernel selector after a test changed them. */
void reset_segments(void)
{
	__asm__ volatile("movw %w0, %%ds; movw %w0, %%es; movw %w0, %%fs; movw %w0, %%gs; movw %w0, %%ss"
			 : : "r"(KERNEL_DS) : "memory");
}

void set_trap_handler(int vector, trap_handler h)
{
	handlers[vector] = h;
}

/* type_attr as in the descriptor: 0x8E interrupt gate DPL0, 0xEE DPL3, 0x8F trap gate... */
void set_gate(int vector, u32 offset, u16 sel, u8 type_attr)
{
	extern u16 idt[];
	u16 *g = idt + vector * 4;
	g[0] = offset & 0xFFFF;
	g[1] = sel;
	g[2] = (u16)type_attr << 8;
	g[3] = offset >> 16;
}

/* flags is the high nibble of byte 6 (G, D/B, 0, AVL). */
void set_segment(int slot, u32 base, u32 limit, u8 access, u8 flags)
{
	u64 d = (limit & 0xFFFF) | ((u64)(base & 0xFFFFFF) << 16) | ((u64)access << 40);
	d |= ((u64)((limit >> 16) & 0xF) << 48) | ((u64)(flags & 0xF0) << 48) | ((u64)(base >> 24) << 56);
	gdt[slot] = d;
}

void tss_setup(u32 esp0)
{
	tss.esp0 = esp0;
	tss.ss0 = KERNEL_DS;
	tss.iomap = sizeof(tss);
	set_segment(TSS_SEL / 8, (u32)&tss, sizeof(tss) - 1, 0x89, 0x00);
	__asm__ volatile("ltr %w0" : : "r"(TSS_SEL));
}

static const char *const names[20] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", "CSO",
	"#TS", "#NP", "#SS", "#GP", "#PF", "v15", "#MF", "#AC", "#MC", "#XM",
};

/* Prints what the last FAULT_PROBE caught, in a form that names the vector and error code. */
void report_fault(const char *name)
{
	if (!last_fault.hit) {
		kprintf("%s: no fault\n", name);
		return;
	}
	kprintf("%s: %s v=%u e=%04x eip=%08x", name, last_fault.vector < 20 ? names[last_fault.vector] : "int",
		last_fault.vector, last_fault.error, last_fault.eip);
	if (last_fault.vector == 14)
		kprintf(" cr2=%08x", last_fault.cr2);
	kprintf("\n");
}

/*
 * Called by every IDT stub. A registered handler wins; otherwise a fault inside a FAULT_PROBE
 * is recorded and resumed; anything else is unexpected and ends the run with 0xEE.
 */
void trap_dispatch(struct trap_frame *f)
{
	if (handlers[f->vector]) {
		handlers[f->vector](f);
		return;
	}
	if (fault_resume) {
		last_fault.hit = 1;
		last_fault.vector = f->vector;
		last_fault.error = f->error;
		last_fault.eip = f->eip;
		last_fault.cr2 = read_cr2();
		f->eip = fault_resume;
		fault_resume = 0;
		return;
	}
	kprintf("unexpected trap v=%u e=%x cs=%x eip=%08x\n", f->vector, f->error, f->cs, f->eip);
	kexit(0xEE);
}
