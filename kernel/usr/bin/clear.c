/* clear - clear the terminal: ANSI "cursor home" then "erase the whole screen". */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc > 1) {
		int help = !strcmp(argv[1], "--help");

		fprintf(help ? stdout : stderr, "usage: clear\nclear the terminal screen\n");
		return help ? 0 : 2;
	}
	fputs("\033[H\033[2J", stdout);
	return 0;
}
