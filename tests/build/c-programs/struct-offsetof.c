/* offsetof on plain, nested and array members, with the padding i386 inserts (int and pointer
 * aligned to 4, short to 2, long long and double to 4 inside structs). */
#include <stdio.h>
#include <stddef.h>

struct inner { char c; short s; };
struct outer {
	char a;
	int b;
	struct inner in;
	char arr[3];
	long long ll;
	double d;
	char last;
};

int main(void)
{
	printf("a %d b %d in %d in.c %d in.s %d\n", (int)offsetof(struct outer, a),
	       (int)offsetof(struct outer, b), (int)offsetof(struct outer, in),
	       (int)offsetof(struct outer, in.c), (int)offsetof(struct outer, in.s));
	printf("arr %d arr[2] %d ll %d d %d last %d\n", (int)offsetof(struct outer, arr),
	       (int)offsetof(struct outer, arr[2]), (int)offsetof(struct outer, ll),
	       (int)offsetof(struct outer, d), (int)offsetof(struct outer, last));
	printf("sizeof inner %d outer %d\n", (int)sizeof(struct inner), (int)sizeof(struct outer));
	{
		struct outer o;
		char *base = (char *)&o;
		printf("by address: %d %d %d\n", (int)((char *)&o.in.s - base),
		       (int)((char *)&o.d - base), (int)((char *)(&o + 1) - base));
	}
	return (int)offsetof(struct outer, last);
}
