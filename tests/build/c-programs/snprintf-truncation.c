/* snprintf never writes more than the size given (the last byte is always the NUL) and always
 * returns the length the whole output would have had; size 0 writes nothing. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[16];
	size_t sizes[] = { 0, 1, 2, 5, 10, 11, 12, 16 };
	int i, n;

	for (i = 0; i < 8; i++) {
		memset(buf, '#', sizeof buf);
		n = snprintf(buf, sizes[i], "hello %d!", 1234);
		printf("size %2d -> %2d '%s' tail %c\n", (int)sizes[i], n,
		       sizes[i] ? buf : "(untouched)", buf[15]);
	}
	n = snprintf(NULL, 0, "%s-%05d-%x", "id", 42, 0xbeef);
	printf("needed %d\n", n);
	n = snprintf(buf, sizeof buf, "%s", "a string much longer than the buffer");
	printf("%d '%s' len %d\n", n, buf, (int)strlen(buf));
	n = sprintf(buf, "%c%c%c", 'a', 'b', 'c');
	printf("sprintf %d '%s'\n", n, buf);
	return n;
}
