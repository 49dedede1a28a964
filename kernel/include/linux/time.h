#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

#define NSEC_PER_SEC	1000000000L
#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC	1

void do_timer(unsigned long ticks);
unsigned long get_seconds(void);
void getnstimeofday(struct timespec *ts);
void ktime_get_ts(struct timespec *ts);	/* monotonic: time since boot */
void timekeeping_init(void);

#endif
