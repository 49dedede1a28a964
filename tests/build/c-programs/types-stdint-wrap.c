/* Exact-width integer types from <stdint.h>: their sizes, modular wrap of the unsigned ones, and
 * conversions between signed and unsigned widths. */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
	uint8_t u8 = 250;
	uint16_t u16 = 65530;
	uint32_t u32 = 4294967290u;
	uint64_t u64 = UINT64_MAX - 5;
	int8_t s8 = -100;
	int16_t s16 = -30000;
	int64_t s64 = INT64_MIN;
	intptr_t ip = -1;
	uintptr_t up = (uintptr_t)ip;
	int i;

	printf("sizes %d %d %d %d ptr %d %d\n", (int)sizeof u8, (int)sizeof u16, (int)sizeof u32,
	       (int)sizeof u64, (int)sizeof ip, (int)sizeof up);
	for (i = 0; i < 3; i++) {
		u8 += 4;
		u16 += 4;
		u32 += 4;
		u64 += 4;
		printf("%u %u %u %llu\n", u8, u16, u32, (unsigned long long)u64);
	}
	printf("%d %d %d\n", (uint8_t)s8, (uint16_t)s16, (long long)(uint64_t)s64 == s64);
	printf("%d %u\n", (int8_t)200, (uint32_t)(int8_t)-1);
	printf("up %u\n", (unsigned)up);
	return u8;
}
