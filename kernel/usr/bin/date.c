/* date - print the date and time, in UTC (the machine has no time zones):
 * "Wed Nov 25 09:14:00 UTC 2026", as date -u prints it. */
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	static const char *days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	time_t now;
	struct tm tm;

	if (argc > 1) {
		int help = !strcmp(argv[1], "--help") || !strcmp(argv[1], "-u");

		if (strcmp(argv[1], "-u") || argc > 2) {
			fprintf(help ? stdout : stderr, "usage: date [-u]\nprint the date and time (UTC)\n");
			return help ? 0 : 2;
		}
	}
	now = time(0);
	gmtime_r(&now, &tm);
	printf("%s %s %2d %02d:%02d:%02d UTC %d\n", days[tm.tm_wday], months[tm.tm_mon], tm.tm_mday,
	       tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
	return 0;
}
