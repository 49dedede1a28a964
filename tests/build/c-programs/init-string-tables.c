/* Tables of strings: an array of const pointers (each entry points into the literal pool) and
 * a 2-D char array (each row holds its own copy), looked up by index and by search. */
#include <stdio.h>
#include <string.h>

static const char *const signal_names[] = {
	"", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
	"SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
};

static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static int lookup(const char *name)
{
	int i;
	for (i = 1; i < (int)(sizeof signal_names / sizeof signal_names[0]); i++)
		if (strcmp(signal_names[i], name) == 0)
			return i;
	return -1;
}

int main(void)
{
	int i;

	printf("%d signals, %d bytes of pointers, months %d bytes\n",
	       (int)(sizeof signal_names / sizeof *signal_names), (int)sizeof signal_names,
	       (int)sizeof months);
	for (i = 9; i <= 15; i += 2)
		printf("%d = %s\n", i, signal_names[i]);
	printf("SIGSEGV is %d, SIGWINCH is %d\n", lookup("SIGSEGV"), lookup("SIGWINCH"));
	for (i = 0; i < 12; i += 3)
		printf("%s%c", months[i], i == 9 ? '\n' : ' ');
	printf("%c%c\n", months[4][0], signal_names[2][3]);
	return lookup("SIGTERM");
}
