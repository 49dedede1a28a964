/* Output through puts, putchar, fputs and fwrite goes into the same stdout buffer as printf,
 * so it comes out in program order; fflush forces it out early. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *word = "syscall";
	int i, r;

	puts("puts adds a newline");
	fputs("fputs does not, ", stdout);
	printf("printf continues the line\n");
	for (i = 0; word[i]; i++)
		putchar(word[i] - 32);
	putchar('\n');
	r = (int)fwrite("fwrite 12345\n", 1, 13, stdout);
	printf("fwrite returned %d\n", r);
	fflush(stdout);
	r = puts("");
	printf("puts returned non-negative: %d\n", r >= 0);
	r = putchar('A');
	printf(" putchar returned %d\n", r);
	fwrite(word, strlen(word), 1, stdout);
	printf("\n");
	return 0;
}
