/* The kernel's type-careful min()/max() (typeof and statement expressions evaluate each argument
 * once), min_t/max_t with an explicit type, and clamp(). */
#include <stdio.h>

#define min(x, y) ({ typeof(x) _x = (x); typeof(y) _y = (y); (void)(&_x == &_y); _x < _y ? _x : _y; })
#define max(x, y) ({ typeof(x) _x = (x); typeof(y) _y = (y); (void)(&_x == &_y); _x > _y ? _x : _y; })
#define min_t(type, x, y) ({ type __x = (x); type __y = (y); __x < __y ? __x : __y; })
#define max_t(type, x, y) ({ type __x = (x); type __y = (y); __x > __y ? __x : __y; })
#define clamp(val, lo, hi) min(max(val, lo), hi)

static int evaluations;
static int counted(int v) { evaluations++; return v; }

int main(void)
{
	int i = 5, j = -3;
	unsigned u = 10;
	long long big = 1LL << 40;

	printf("min %d max %d\n", min(i, j), max(i, j));
	printf("min_t(int, u, -1) %d, min(u, 3u) %u\n", min_t(int, u, -1), min(u, 3u));
	printf("max_t(long long, big, 5) %lld\n", max_t(long long, big, 5));
	evaluations = 0;
	j = min(counted(8), counted(4));
	printf("min(counted) %d after %d calls\n", j, evaluations);
	for (i = -2; i <= 12; i += 4)
		printf("clamp(%d, 0, 10) = %d\n", i, clamp(i, 0, 10));
	return clamp(99, 1, 7);
}
