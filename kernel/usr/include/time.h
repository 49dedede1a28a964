/* time.h - the clock and sleeping. */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct tm {
	int tm_sec, tm_min, tm_hour;    /* 0-60, 0-59, 0-23 */
	int tm_mday, tm_mon, tm_year;   /* 1-31, 0-11, years since 1900 */
	int tm_wday, tm_yday, tm_isdst; /* 0-6 (Sunday=0), 0-365, 0 */
};

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCKS_PER_SEC 1000000L

time_t time(time_t *t);
int nanosleep(const struct timespec *req, struct timespec *rem);
int clock_gettime(clockid_t clock, struct timespec *ts);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *t, struct tm *out);

#endif
