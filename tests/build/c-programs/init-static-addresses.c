/* Static initialisers holding addresses and address arithmetic. */
#include <stdio.h>

static int arr[5] = { 10, 20, 30, 40, 50 };
static int *mid = &arr[2];
static int *end = arr + 5;
static const char msg[] = "relocations";
static const char *tail = msg + 5;
struct link { struct link *self; int v; };
static struct link self_ref = { &self_ref, 77 };

int main(void)
{
	printf("%d %d %d\n", *mid, (int)(end - mid), end[-1]);
	printf("%s\n", tail);
	printf("%d %d\n", self_ref.self == &self_ref, self_ref.self->v);
	return *mid;
}
