/* Run-length encoding into (count, byte) pairs with runs capped at 255, decoding, and the
 * compression ratio on a few inputs. */
#include <stdio.h>
#include <string.h>

static int rle_encode(const unsigned char *in, int n, unsigned char *out)
{
	int i = 0, o = 0;
	while (i < n) {
		int run = 1;
		while (i + run < n && in[i + run] == in[i] && run < 255)
			run++;
		out[o++] = (unsigned char)run;
		out[o++] = in[i];
		i += run;
	}
	return o;
}

static int rle_decode(const unsigned char *in, int n, unsigned char *out)
{
	int i, o = 0;
	for (i = 0; i + 1 < n; i += 2) {
		memset(out + o, in[i + 1], in[i]);
		o += in[i];
	}
	return o;
}

int main(void)
{
	static unsigned char big[600], enc[1400], dec[700];
	const char *samples[] = { "aaabccddddde", "abcdef", "zzzzzzzzzzzzzzzzzzzzzzzz", "" };
	int i, e, d;

	for (i = 0; i < 4; i++) {
		int n = (int)strlen(samples[i]), k;
		e = rle_encode((const unsigned char *)samples[i], n, enc);
		d = rle_decode(enc, e, dec);
		printf("%-26s %2d -> %2d ->%2d %s:", samples[i], n, e, d,
		       d == n && memcmp(dec, samples[i], n) == 0 ? "ok" : "BAD");
		for (k = 0; k < e; k += 2)
			printf(" %d%c", enc[k], enc[k + 1]);
		printf("\n");
	}
	memset(big, 'x', 600);
	big[300] = 'y';
	e = rle_encode(big, 600, enc);
	d = rle_decode(enc, e, dec);
	printf("600 bytes -> %d pairs, back %d, same %d\n", e / 2, d, memcmp(big, dec, 600) == 0);
	return e;
}
