/* %c and %s with widths, precisions and justification, bytes above 0x7f, and strings that
 * contain format characters (printed as data, never interpreted). */
#include <stdio.h>

int main(void)
{
	const char *words[] = { "", "a", "syscall", "100%", "%d%s" };
	int i;

	for (i = 0; i < 5; i++)
		printf("[%s] [%8s] [%-8s] [%.3s] [%8.2s]\n", words[i], words[i], words[i], words[i],
		       words[i]);
	printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'x', 'y', 'z', 'a', 'b', 'c');
	printf("[%c] [%d]\n", 65 + 256, (unsigned char)(65 + 256));
	printf("[%s]\n", "tab\there, newline escaped \\n");
	printf("high: %c%c|\n", 0xc3, 0xa9);
	printf("%s%s%s\n", words[3], words[4], words[2]);
	return 0;
}
