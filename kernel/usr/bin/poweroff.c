/* poweroff - flush the file systems and switch the machine off (the reboot system
 * call with RB_POWER_OFF; only root may). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/reboot.h>

int main(int argc, char **argv)
{
	if (argc > 1) {
		int help = !strcmp(argv[1], "--help");

		fprintf(help ? stdout : stderr, "usage: poweroff\nswitch the machine off\n");
		return help ? 0 : 2;
	}
	sync();
	reboot(RB_POWER_OFF);
	fprintf(stderr, "poweroff: %s\n", strerror(errno));    /* only reached on failure */
	return 1;
}
