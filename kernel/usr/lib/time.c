/* time.c - calendar time from seconds since 1970 (UTC; there are no time zones here). */
#include <time.h>

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

struct tm *gmtime_r(const time_t *t, struct tm *tm)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	long days = *t / 86400, secs = *t % 86400;
	int year = 1970, m;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	tm->tm_hour = secs / 3600;
	tm->tm_min = secs / 60 % 60;
	tm->tm_sec = secs % 60;
	tm->tm_wday = (int)((days % 7 + 11) % 7);    /* 1970-01-01 was a Thursday */
	while (days < 0)
		days += 365 + leap(--year);
	while (days >= 365 + leap(year))
		days -= 365 + leap(year++);
	tm->tm_year = year - 1900;
	tm->tm_yday = days;
	for (m = 0; days >= mdays[m] + (m == 1 && leap(year)); m++)
		days -= mdays[m] + (m == 1 && leap(year));
	tm->tm_mon = m;
	tm->tm_mday = days + 1;
	tm->tm_isdst = 0;
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}
