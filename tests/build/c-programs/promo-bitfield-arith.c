/* Bit-fields in expressions: an unsigned field narrower than int promotes to (signed) int, so
 * comparisons against -1 and negation behave as for int, not as for unsigned. */
#include <stdio.h>

struct regs {
	unsigned int mode : 3;
	unsigned int ring : 2;
	signed int delta : 5;
	unsigned int wide : 32;
};

int main(void)
{
	struct regs r = { 5, 3, -7, 4000000000u };
	int cmp_mode = r.mode > -1;          /* int vs int: 5 > -1 */
	int cmp_wide = r.wide > -1;          /* unsigned int: -1 becomes UINT_MAX */
	long long neg_mode = -r.mode;        /* -(int)5 */
	long long neg_wide = -r.wide;        /* unsigned negation wraps */

	printf("mode %u ring %u delta %d wide %u\n", r.mode, r.ring, r.delta, r.wide);
	printf("mode > -1: %d, wide > -1: %d\n", cmp_mode, cmp_wide);
	printf("-mode %lld, -wide %lld\n", neg_mode, neg_wide);
	printf("sizeof(r.mode + 0) %d, sizeof(r.wide + 0) %d\n", (int)sizeof(r.mode + 0),
	       (int)sizeof(r.wide + 0));
	r.mode += 4;                         /* 9 wraps to 1 in three bits */
	r.delta -= 10;                       /* -17 does not fit in five bits: wraps to 15 */
	r.ring = r.ring + 1;                 /* 4 wraps to 0 */
	printf("after: mode %u ring %u delta %d\n", r.mode, r.ring, r.delta);
	printf("mode*ring-delta = %d\n", r.mode * r.ring - r.delta);
	return r.mode + r.ring;
}
