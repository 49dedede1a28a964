/* strtol family: bases, signs, prefixes, overflow and where parsing stops. */
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include "check.h"

#define L(str, base)                                                           \
	do {                                                                       \
		const char *s_ = str; /* one copy: tcc does not merge literals */     \
		char *end;                                                             \
		long v;                                                                \
		errno = 0;                                                             \
		v = strtol(s_, &end, base);                                            \
		printf("strtol(\"%s\",%d): %ld end=%d errno=%d\n", s_, base, v,        \
		       (int)(end - s_), errno);                                        \
	} while (0)

#define UL(str, base)                                                          \
	do {                                                                       \
		const char *s_ = str;                                                  \
		char *end;                                                             \
		unsigned long v;                                                       \
		errno = 0;                                                             \
		v = strtoul(s_, &end, base);                                           \
		printf("strtoul(\"%s\",%d): %lu end=%d errno=%d\n", s_, base, v,       \
		       (int)(end - s_), errno);                                        \
	} while (0)

#define LL(str, base)                                                          \
	do {                                                                       \
		const char *s_ = str;                                                  \
		char *end;                                                             \
		long long v;                                                           \
		unsigned long long u;                                                  \
		errno = 0;                                                             \
		v = strtoll(s_, &end, base);                                           \
		printf("strtoll(\"%s\",%d): %lld end=%d errno=%d\n", s_, base, v,      \
		       (int)(end - s_), errno);                                        \
		errno = 0;                                                             \
		u = strtoull(s_, &end, base);                                          \
		printf("strtoull(\"%s\",%d): %llu end=%d errno=%d\n", s_, base, u,     \
		       (int)(end - s_), errno);                                        \
	} while (0)

int main(void)
{
	L("0", 10); L("123", 10); L("-123", 10); L("+42", 10); L("   7x", 10);
	L("2147483647", 10); L("2147483648", 10); L("-2147483648", 10); L("-2147483649", 10);
	L("99999999999999999999", 10); L("0x1f", 16); L("0x1f", 0); L("1f", 16); L("0X1F", 0);
	L("017", 0); L("017", 10); L("08", 0); L("z", 36); L("Zz", 36); L("101", 2);
	L("", 10); L("   ", 10); L("-", 10); L("0x", 16); L("0xg", 0); L("abc", 10);
	L("  -0x10", 0); L("12 34", 10); L("7fffffff", 16); L("80000000", 16);
	UL("4294967295", 10); UL("4294967296", 10); UL("-1", 10); UL("ffffffff", 16); UL("0x0", 0);
	LL("9223372036854775807", 10); LL("9223372036854775808", 10);
	LL("-9223372036854775808", 10); LL("-9223372036854775809", 10);
	LL("18446744073709551615", 10); LL("18446744073709551616", 10); LL("0x7fffffffffffffff", 0);
	CASE("atoi", "%d %d %d", atoi("42"), atoi("  -17abc"), atoi("x"));
	CASE("atol", "%ld", atol("-100000"));
	CASE("atoll", "%lld", atoll("-12345678901"));
	CASE("abs", "%d %ld %lld", abs(-5), labs(-7L), llabs(-9LL));
	return 0;
}
