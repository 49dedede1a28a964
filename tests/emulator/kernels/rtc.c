/*
 * The CMOS RTC through ports 0x70/0x71: status registers A-D, the time and date fields (read
 * between updates; printed only as "valid BCD and in range", since the clock itself differs
 * between machines), binary mode, and CMOS RAM bytes that read back what was written.
 */
#include "runtime.h"

static u8 cmos(u8 reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static void cmos_write(u8 reg, u8 v)
{
	outb(0x70, reg);
	outb(0x71, v);
}

static int bcd_ok(u8 v, u8 lo, u8 hi)
{
	if ((v & 0x0F) > 9 || (v >> 4) > 9)
		return 0;
	u8 bin = (v >> 4) * 10 + (v & 0x0F);
	return bin >= lo && bin <= hi;
}

int kmain(void)
{
	static const struct { u8 reg, lo, hi; const char *name; } fields[] = {
		{ 0x00, 0, 59, "seconds" }, { 0x02, 0, 59, "minutes" }, { 0x04, 0, 23, "hours" },
		{ 0x06, 1, 7, "weekday" }, { 0x07, 1, 31, "day" }, { 0x08, 1, 12, "month" },
		{ 0x09, 0, 99, "year" }, { 0x32, 19, 21, "century" },
	};
	while (cmos(0x0A) & 0x80)
		;
	kprintf("status A divider %02x, B mode %02x, D valid %02x\n", cmos(0x0A) & 0x70, cmos(0x0B) & 0x06, cmos(0x0D) & 0x80);
	for (unsigned i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		u8 v = cmos(fields[i].reg);
		kprintf("%-8s valid BCD in range: %u\n", fields[i].name, bcd_ok(v, fields[i].lo, fields[i].hi));
		check(bcd_ok(v, fields[i].lo, fields[i].hi), fields[i].name);
	}
	u8 b = cmos(0x0B);
	cmos_write(0x0B, b | 0x04);
	while (cmos(0x0A) & 0x80)
		;
	u8 s = cmos(0x00), m = cmos(0x02);
	kprintf("binary mode: seconds < 60: %u, minutes < 60: %u\n", s < 60, m < 60);
	cmos_write(0x0B, b);
	cmos_write(0x40, 0x5A);
	cmos_write(0x41, 0xC3);
	kprintf("cmos ram 40/41 read back: %02x %02x\n", cmos(0x40), cmos(0x41));
	return failures;
}
