/* String instructions with their fixed registers: rep stosb fills (edi, ecx, al), rep movsl
 * copies (esi, edi, ecx), repne scasb finds a byte; the registers come back advanced. */
#include <stdio.h>

static void fill(void *dst, int c, unsigned n)
{
	void *d;
	unsigned cnt;
	__asm__ __volatile__("cld; rep stosb" : "=D"(d), "=c"(cnt) : "0"(dst), "1"(n), "a"(c)
	                     : "memory");
}

static void copy_words(void *dst, const void *src, unsigned words)
{
	void *d;
	const void *s;
	unsigned cnt;
	__asm__ __volatile__("cld; rep movsl" : "=D"(d), "=S"(s), "=c"(cnt)
	                     : "0"(dst), "1"(src), "2"(words) : "memory");
}

static unsigned my_strlen(const char *s)
{
	const char *end;
	unsigned cnt;
	__asm__("cld; repne scasb" : "=D"(end), "=c"(cnt) : "0"(s), "1"(0xffffffffu), "a"(0)
	        : "memory");
	return (unsigned)(end - s) - 1;
}

int main(void)
{
	char buf[24];
	unsigned src[4] = { 0x64636261, 0x68676665, 0x6c6b6a69, 0 }, dst[4];

	fill(buf, '*', 10);
	buf[10] = 0;
	printf("%s %u\n", buf, my_strlen(buf));
	copy_words(dst, src, 4);
	printf("%s %u\n", (char *)dst, my_strlen((char *)dst));
	printf("%u %u\n", my_strlen(""), my_strlen("int $0x80"));
	return (int)my_strlen(buf);
}
