/* sleep - wait for a number of seconds (a decimal fraction is allowed: 0.5). */
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 0 };
	const char *p;
	long scale = 100000000;     /* nanoseconds for the first decimal */

	if (argc != 2 || !strcmp(argv[1], "--help")) {
		fprintf(argc == 2 ? stdout : stderr, "usage: sleep SECONDS\nwait, then exit\n");
		return argc == 2 ? 0 : 2;
	}
	for (p = argv[1]; *p >= '0' && *p <= '9'; p++)
		ts.tv_sec = ts.tv_sec * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, scale /= 10)
			ts.tv_nsec += (*p - '0') * scale;
	if (*p || p == argv[1]) {
		fprintf(stderr, "sleep: invalid time '%s'\n", argv[1]);
		return 2;
	}
	while (nanosleep(&ts, &ts) < 0)
		;   /* interrupted by a handled signal: sleep the rest */
	return 0;
}
