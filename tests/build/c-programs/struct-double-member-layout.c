/* The i386 System V layout: double and long long members are aligned to 4 inside structs (not 8),
 * so these structs are smaller than on x86-64; arrays of them follow the same rule. */
#include <stdio.h>
#include <stddef.h>

struct cd { char c; double d; };
struct cll { char c; long long ll; };
struct dc { double d; char c; };
struct sd { short s; double d; short t; };

int main(void)
{
	struct cd arr[3];

	printf("cd %d (d at %d)\n", (int)sizeof(struct cd), (int)offsetof(struct cd, d));
	printf("cll %d (ll at %d)\n", (int)sizeof(struct cll), (int)offsetof(struct cll, ll));
	printf("dc %d\n", (int)sizeof(struct dc));
	printf("sd %d (d at %d, t at %d)\n", (int)sizeof(struct sd), (int)offsetof(struct sd, d),
	       (int)offsetof(struct sd, t));
	printf("array of cd: %d, stride %d\n", (int)sizeof arr, (int)((char *)&arr[1] - (char *)&arr[0]));
	arr[1].c = 'x';
	arr[1].d = 0.125;
	printf("%c %.3f\n", arr[1].c, arr[1].d);
	return (int)sizeof(struct sd);
}
