/*
 * ttytest: read lines from the terminal until end of file, echoing each
 * back; the test types edits (backspace), Enter and ^D. With "wait" it
 * instead blocks in pause() until a signal (the test types ^C).
 */
#include "sys.h"

int main(int argc, char **argv, char **envp)
{
	char buf[128];
	long n;

	if (argc > 1 && argv[1][0] == 'w') {
		puts1("ttytest: waiting for ^C\n");
		sys0(__NR_pause);
		puts1("ttytest: pause returned\n");
		return 0;
	}
	puts1("ttytest: type\n");
	while ((n = sys3(__NR_read, 0, buf, sizeof(buf) - 1)) > 0) {
		buf[n] = 0;
		puts1("got: ");
		puts1(buf);
	}
	puts1(n == 0 ? "ttytest: EOF\n" : "ttytest: read error\n");
	return 0;
}
DEFINE_START(main)
