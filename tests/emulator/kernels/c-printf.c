/*
 * Compiled C as GCC emits it for i686: integer formatting (32- and 64-bit, through libgcc's
 * division helpers), recursion, arrays, strings, a sort, a sieve and a CRC, plus the multiboot
 * information the loader hands over.
 */
#include "runtime.h"

struct multiboot_info {
	u32 flags, mem_lower, mem_upper, boot_device, cmdline;
};

static u32 fib(u32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static u32 fib_iter(u32 n)
{
	u32 a = 0, b = 1;
	while (n--) {
		u32 t = a + b;
		a = b;
		b = t;
	}
	return a;
}

static u32 crc32(const u8 *p, u32 n)
{
	u32 c = 0xFFFFFFFF;
	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320 & -(c & 1));
	}
	return ~c;
}

static void sort(s32 *a, int n)
{
	for (int i = 1; i < n; i++) {
		s32 v = a[i];
		int j = i - 1;
		while (j >= 0 && a[j] > v) {
			a[j + 1] = a[j];
			j--;
		}
		a[j + 1] = v;
	}
}

static u8 sieve_buf[2000];

static int sieve(int n)
{
	int count = 0;
	for (int i = 2; i < n; i++) {
		if (sieve_buf[i])
			continue;
		count++;
		for (int j = i * 2; j < n; j += i)
			sieve_buf[j] = 1;
	}
	return count;
}

static int contains(const char *hay, const char *needle)
{
	for (; *hay; hay++) {
		const char *a = hay, *b = needle;
		while (*a && *a == *b)
			a++, b++;
		if (!*b)
			return 1;
	}
	return 0;
}

/* Not inlined: lockstep with QEMU starts after it, once no register holds the loader's
 * multiboot-information address (QEMU's firmware and our loader put it in different places). */
__attribute__((noinline)) static void multiboot_report(void)
{
	const struct multiboot_info *mbi = (const void *)boot_info;
	check(boot_magic == 0x2BADB002, "multiboot magic");
	if (boot_magic == 0x2BADB002)
		kprintf("multiboot magic ok\n");
	/* Loaders differ in what they reserve (QEMU's BIOS keeps 128 KiB at the top of RAM), so only
	 * plausibility is printed: 32 MiB of RAM, about 640 KiB below 1 MiB. */
	u32 upper = mbi->mem_upper;
	kprintf("mem info flag %u, lower 600..640: %u, upper 31232..31744: %u\n", mbi->flags & 1,
		mbi->mem_lower >= 600 && mbi->mem_lower <= 640, upper >= 31232 && upper <= 31744);
	if (mbi->flags & 4)
		kprintf("cmdline has oracle=1: %d\n", contains((const char *)mbi->cmdline, "oracle=1"));
}

static void formatting(void)
{
	kprintf("[%d] [%d] [%u] [%x] [%08x] [%o] [%b]\n", 0, -12345, 4000000000u, 0xBEEF, 0x1234, 511, 10);
	kprintf("[%5d] [%-5d] [%05d] [%-8x] [%c%c] [%s]\n", 42, 42, -42, 0xab, 'o', 'k', "str");
	kprintf("[%lld] [%llu] [%llx]\n", -9000000000000000000LL, 18446744073709551615ULL, 0x123456789abcdefULL);
	kprintf("[%d] [%d]\n", (s32)0x80000000, 0x7FFFFFFF);
	u64 big = 1;
	for (int i = 0; i < 20; i++)
		big *= 7;
	kprintf("7^20 = %llu, /13 = %llu, %%13 = %llu\n", big, big / 13, big % 13);
	s64 sb = -(s64)big;
	kprintf("-7^20 / 1000 = %lld, %% 1000 = %lld\n", sb / 1000, sb % 1000);
}

int kmain(void)
{
	multiboot_report();
	__asm__ volatile(".globl lockstep_sync\nlockstep_sync:");
	formatting();
	kprintf("fib(25) = %u\n", fib(25));
	kprintf("fib(40) = %u\n", fib_iter(40));
	check(fib(20) == fib_iter(20), "fib recursion matches iteration");
	static const char text[] = "The quick brown fox jumps over the lazy dog";
	kprintf("crc32 = %08x\n", crc32((const u8 *)text, sizeof(text) - 1));
	check(crc32((const u8 *)text, sizeof(text) - 1) == 0x414FA339, "crc32 value");
	s32 arr[12] = { 5, -3, 99, 0, 12, -77, 8, 8, 1000, -1, 42, 7 };
	sort(arr, 12);
	for (int i = 0; i < 12; i++)
		kprintf("%d%c", arr[i], i == 11 ? '\n' : ',');
	kprintf("primes below 2000: %d\n", sieve(2000));
	check(sieve_buf[1997] == 0 && sieve_buf[1998] == 1, "sieve marks");
	return failures;
}
