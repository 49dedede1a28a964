/* printf family: every conversion, flag, width and precision. */
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include "check.h"

static int n;

/* Formats with snprintf into a buffer and shows the text and the return value. */
#define F(fmt, ...)                                                        \
	do {                                                                   \
		char buf[256];                                                     \
		int r = snprintf(buf, sizeof(buf), fmt, __VA_ARGS__);              \
		printf("printf %d %s: [%s] %d\n", ++n, #fmt, buf, r);             \
	} while (0)

int main(void)
{
	char small[8];
	int r;

	F("%d", 0); F("%d", -1); F("%d", INT_MAX); F("%d", INT_MIN); F("%i", 42);
	F("%5d", 42); F("%-5d|", 42); F("%05d", -42); F("%+d", 7); F("% d", 7);
	F("%+05d", 7); F("%.3d", 7); F("%8.3d", -7); F("%-8.3d|", 7); F("%.0d", 0);
	F("%u", 4000000000u); F("%x", 0xdeadbeef); F("%X", 0xdeadbeef); F("%#x", 255);
	F("%#X", 255); F("%#x", 0); F("%o", 8); F("%#o", 8); F("%#o", 0); F("%#.3o", 8);
	F("%08x", 0xabc); F("%-8x|", 0xabc); F("%hhd", 300); F("%hd", 70000); F("%hu", 70000);
	F("%ld", -123456789L); F("%lu", 4294967295UL); F("%lld", -9223372036854775807LL - 1);
	F("%llu", 18446744073709551615ULL); F("%llx", 0x123456789abcdefULL); F("%lli", 10000000000LL);
	F("%c", 'A'); F("%3c|", 'B'); F("%-3c|", 'C'); F("%s", "hello"); F("%10s|", "hi");
	F("%-10s|", "hi"); F("%.2s", "hello"); F("%5.1s|", "xyz"); F("%%", 0); F("%5%|", 0);
	F("%*d", 6, 12); F("%-*d|", 6, 12); F("%*d", -6, 12); F("%.*d", 4, 5); F("%*.*s|", 6, 2, "abcdef");
	F("%p", (void *)0x1234); F("%p", (void *)0); F("%s %s", "two", "args");
	F("%f", 0.0); F("%f", 1.0); F("%f", -1.5); F("%f", 3.14159265358979); F("%.2f", 2.675);
	F("%.0f", 0.5); F("%.0f", 1.5); F("%.0f", 2.5); F("%.1f", 0.05); F("%.3f", 1e-10);
	F("%10.3f|", 3.14159); F("%-10.3f|", 3.14159); F("%010.3f", -3.14159); F("%+.2f", 1.0);
	F("% .2f", 1.0); F("%#.0f", 3.0); F("%f", 1e20); F("%.10f", 1.0 / 3);
	F("%f", 123456789.125); F("%.15f", 0.1); F("%.20f", 0.1); F("%f", -0.0);
	F("%e", 0.0); F("%e", 1.0); F("%e", 12345.678); F("%.2e", 9.999); F("%E", 1e-300);
	F("%.0e", 5e10); F("%#.0e", 5e10); F("%12.4e|", -0.00012345); F("%e", 1e100);
	F("%g", 0.0); F("%g", 100.0); F("%g", 1e-5); F("%g", 0.0001); F("%g", 123456.0);
	F("%g", 1234567.0); F("%.3g", 3.14159); F("%#g", 1.0); F("%G", 1e-10); F("%g", 1e300);
	F("%.10g", 1.0 / 3); F("%g", 2.5e-5); F("%10.2g|", 1234.0);
	F("%f", 1.0 / 0.0); F("%f", -1.0 / 0.0); F("%F", 1.0 / 0.0); F("%5.1f|", 1.0 / 0.0);
	F("%e", 4.9406564584124654e-324); F("%.17g", 0.1); F("%.17g", 2.2250738585072014e-308);
	F("%f", 1.7976931348623157e308);
	F("%d %s %c %x %f", -5, "mix", 'z', 255, 2.5);

	r = snprintf(small, sizeof(small), "%s", "truncated text");
	CASE("snprintf truncates", "[%s] %d", small, r);
	r = snprintf(0, 0, "%d", 123456);
	CASE("snprintf size 0", "%d", r);
	r = sprintf(small, "%3d", 5);
	CASE("sprintf", "[%s] %d", small, r);
	r = printf("printf returns ");
	CASE("printf count", "%d", r);
	fprintf(stdout, "fprintf stdout: %d\n", 1);
	puts("puts: adds a newline");
	fputs("fputs: ", stdout);
	putchar('x');
	putchar('\n');
	return 0;
}
