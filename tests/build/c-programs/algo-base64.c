/* Base64 encoding and decoding (RFC 4648 alphabet, '=' padding), round-tripping strings of every
 * length remainder and binary bytes. */
#include <stdio.h>
#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int encode(const unsigned char *in, int n, char *out)
{
	int i, o = 0;
	for (i = 0; i < n; i += 3) {
		unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
		out[o++] = alphabet[v >> 18 & 63];
		out[o++] = alphabet[v >> 12 & 63];
		out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
		out[o++] = i + 2 < n ? alphabet[v & 63] : '=';
	}
	out[o] = 0;
	return o;
}

static int value(char c)
{
	const char *p = strchr(alphabet, c);
	return c && p ? (int)(p - alphabet) : -1;
}

static int decode(const char *in, unsigned char *out)
{
	int n = 0, bits = 0;
	unsigned acc = 0;
	for (; *in && *in != '='; in++) {
		int v = value(*in);
		if (v < 0)
			return -1;
		acc = acc << 6 | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[n++] = (unsigned char)(acc >> bits);
		}
	}
	return n;
}

int main(void)
{
	const char *samples[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "int $0x80" };
	unsigned char bin[] = { 0, 255, 128, 1, 254, 63 }, back[64];
	char enc[64];
	int i, n;

	for (i = 0; i < 8; i++) {
		encode((const unsigned char *)samples[i], (int)strlen(samples[i]), enc);
		n = decode(enc, back);
		back[n] = 0;
		printf("'%s' -> %s -> '%s'\n", samples[i], enc, back);
	}
	encode(bin, 6, enc);
	n = decode(enc, back);
	printf("%s %d %d\n", enc, n, memcmp(bin, back, 6) == 0);
	printf("bad %d\n", decode("ab$c", back));
	return n;
}
