/* strncpy pads with NULs up to n and does not terminate a string that fills n; strcat and
 * strncat append (strncat always terminates); strcpy returns its destination. */
#include <stdio.h>
#include <string.h>

static void dump(const char *tag, const char *b, int n)
{
	int i;
	printf("%-8s", tag);
	for (i = 0; i < n; i++)
		printf(b[i] ? " %c" : " .", b[i]);
	printf("\n");
}

int main(void)
{
	char buf[10];
	char *r;

	memset(buf, '#', sizeof buf);
	strncpy(buf, "abc", 8);
	dump("pad", buf, 10);
	memset(buf, '#', sizeof buf);
	strncpy(buf, "abcdefghij", 5);
	dump("nopad", buf, 10);
	r = strcpy(buf, "ab");
	printf("strcpy returns dest: %d\n", r == buf);
	strcat(buf, "cd");
	dump("strcat", buf, 10);
	strncat(buf, "efghijk", 3);
	dump("strncat", buf, 10);
	printf("len %d\n", (int)strlen(buf));
	return (int)strlen(buf);
}
