/* FNV-1a hashes in 32 and 64 bits, djb2, and a bucket histogram of the 32-bit hash over
 * generated keys (multiplications that wrap in unsigned arithmetic). */
#include <stdio.h>
#include <string.h>

static unsigned fnv1a32(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static unsigned long long fnv1a64(const char *s)
{
	unsigned long long h = 14695981039346656037ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static unsigned long djb2(const char *s)
{
	unsigned long h = 5381;
	for (; *s; s++)
		h = h * 33 + (unsigned char)*s;
	return h;
}

int main(void)
{
	const char *words[] = { "", "a", "foobar", "sys_MyPrintK", "syscall_table_32.S" };
	int buckets[8] = { 0 }, i;
	char key[16];

	for (i = 0; i < 5; i++)
		printf("%-20s %08x %016llx %08lx\n", words[i], fnv1a32(words[i]), fnv1a64(words[i]),
		       djb2(words[i]));
	for (i = 0; i < 400; i++) {
		sprintf(key, "key%d", i);
		buckets[fnv1a32(key) & 7]++;
	}
	for (i = 0; i < 8; i++)
		printf("%d ", buckets[i]);
	printf("\n");
	return (int)(fnv1a32("x") & 0x7f);
}
