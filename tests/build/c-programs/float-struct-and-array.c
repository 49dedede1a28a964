/* Doubles in structs and arrays; returning doubles from functions. */
#include <stdio.h>

struct vec { double x, y; };

static struct vec add(struct vec a, struct vec b) { struct vec r = { a.x + b.x, a.y + b.y }; return r; }
static double dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y; }
static float mean(const float *v, int n) { float s = 0; int i; for (i = 0; i < n; i++) s += v[i]; return s / n; }

int main(void)
{
	struct vec a = { 1.5, -2.0 }, b = { 0.25, 4.0 };
	struct vec c = add(a, b);
	float v[] = { 1.0f, 2.0f, 4.0f, 8.0f };
	printf("%.4f %.4f %.4f\n", c.x, c.y, dot(a, b));
	printf("%.4f\n", mean(v, 4));
	return (int)dot(c, c);
}
