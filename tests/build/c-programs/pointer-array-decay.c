/* An array decays to a pointer to its first element in most expressions, but not under sizeof or
 * &: arr + 1 steps one element, &arr + 1 steps the whole array. */
#include <stdio.h>

static int count_in_param(int a[10]) { return (int)sizeof a; }   /* a is really int * */

int main(void)
{
	int arr[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	int (*whole)[10] = &arr;
	int *first = arr;
	char *base = (char *)arr;

	printf("sizeof arr %d, sizeof first %d, param %d\n", (int)sizeof arr, (int)sizeof first,
	       count_in_param(arr));
	printf("arr+1 at %d, &arr+1 at %d, &arr[0]+1 at %d\n", (int)((char *)(arr + 1) - base),
	       (int)((char *)(&arr + 1) - base), (int)((char *)(&arr[0] + 1) - base));
	printf("(*whole)[3] %d, whole[0][4] %d, *(first+5) %d, 6[arr] %d\n", (*whole)[3],
	       whole[0][4], *(first + 5), 6 [arr]);
	printf("elements %d\n", (int)(sizeof arr / sizeof *arr));
	printf("end - begin %d\n", (int)(&arr[10] - &arr[0]));
	printf("string: %d %d\n", (int)sizeof "abc", (int)sizeof(&"abc"[0]));
	return *(*whole + 9);
}
