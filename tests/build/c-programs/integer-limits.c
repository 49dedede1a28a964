/* The limits of the integer types from <limits.h> and <stdint.h>, and arithmetic right at them
 * done in unsigned types so that it stays defined. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

int main(void)
{
	printf("char %d..%d, uchar ..%d, bits %d\n", CHAR_MIN, CHAR_MAX, UCHAR_MAX, CHAR_BIT);
	printf("short %d..%d, ushort ..%d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
	printf("int %d..%d, uint ..%u\n", INT_MIN, INT_MAX, UINT_MAX);
	printf("long %ld..%ld, ulong ..%lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
	printf("llong %lld..%lld\n", LLONG_MIN, LLONG_MAX);
	printf("ullong ..%llu\n", ULLONG_MAX);
	printf("int32 %d..%d, uint32 ..%u\n", INT32_MIN, INT32_MAX, UINT32_MAX);
	printf("int64 %lld..%lld uint64 ..%llu\n", INT64_MIN, INT64_MAX, UINT64_MAX);
	printf("INT_MAX + 1u = %u\n", INT_MAX + 1u);
	printf("UINT_MAX + 1u = %u\n", UINT_MAX + 1u);
	printf("(unsigned)INT_MIN = %u\n", (unsigned)INT_MIN);
	printf("-(unsigned)INT_MIN = %u\n", -(unsigned)INT_MIN);
	printf("ULLONG_MAX / 3 = %llu\n", ULLONG_MAX / 3);
	printf("LLONG_MIN / -2 = %lld\n", LLONG_MIN / -2);
	printf("INT_MIN %% 7 = %d\n", INT_MIN % 7);
	return 0;
}
