/* uname - print what the kernel says about itself (the uname system call).
 *   -s name  -n node  -r release  -v version  -m machine  -a all of them */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;
	const char *field[5];
	int want[5] = { 0 }, i, any = 0, first = 1;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: uname [-asnrvm]\nprint the kernel name (-s), node (-n), release (-r),\n"
		       "version (-v), machine (-m), or all (-a)\n");
		return 0;
	}
	for (i = 1; i < argc; i++) {
		const char *o = argv[i];

		if (o[0] != '-' || !o[1])
			goto bad;
		for (o++; *o; o++) {
			const char *at = strchr("snrvm", *o);

			if (*o == 'a')
				want[0] = want[1] = want[2] = want[3] = want[4] = 1;
			else if (at && *o)
				want[at - "snrvm"] = 1;
			else
				goto bad;
		}
	}
	if (uname(&u) < 0) {
		perror("uname");
		return 1;
	}
	field[0] = u.sysname, field[1] = u.nodename, field[2] = u.release;
	field[3] = u.version, field[4] = u.machine;
	for (i = 0; i < 5; i++)
		any |= want[i];
	if (!any)
		want[0] = 1;
	for (i = 0; i < 5; i++)
		if (want[i]) {
			printf(first ? "%s" : " %s", field[i]);
			first = 0;
		}
	putchar('\n');
	return 0;
bad:
	fprintf(stderr, "usage: uname [-asnrvm]\n");
	return 2;
}
