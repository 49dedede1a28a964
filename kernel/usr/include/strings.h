/* strings.h - the BSD spelling of a few string functions. */
#include <string.h>
