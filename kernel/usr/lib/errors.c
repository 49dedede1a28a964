/* errors.c - words for error and signal numbers (the same words glibc uses). */
#include <string.h>
#include <stdio.h>
#include <errno.h>

static const char *const errs[] = {
	"Success", "Operation not permitted", "No such file or directory", "No such process",
	"Interrupted system call", "Input/output error", "No such device or address",
	"Argument list too long", "Exec format error", "Bad file descriptor",
	"No child processes", "Resource temporarily unavailable", "Cannot allocate memory",
	"Permission denied", "Bad address", "Block device required", "Device or resource busy",
	"File exists", "Invalid cross-device link", "No such device", "Not a directory",
	"Is a directory", "Invalid argument", "Too many open files in system",
	"Too many open files", "Inappropriate ioctl for device", "Text file busy",
	"File too large", "No space left on device", "Illegal seek", "Read-only file system",
	"Too many links", "Broken pipe", "Numerical argument out of domain",
	"Numerical result out of range", "Resource deadlock avoided", "File name too long",
	"No locks available", "Function not implemented", "Directory not empty",
	"Too many levels of symbolic links",
};

static const char *const sigs[] = {
	0, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
	"Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
	"Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
	"Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
	"Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
	"CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
	"Profiling timer expired", "Window changed", "I/O possible", "Power failure",
	"Bad system call",
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Unknown numbers are written into a static buffer: not thread-safe, like glibc's. */
char *strerror(int e)
{
	static char unknown[32];

	if (e >= 0 && e < COUNT(errs))
		return (char *)errs[e];
	snprintf(unknown, sizeof(unknown), "Unknown error %d", e);
	return unknown;
}

char *strsignal(int sig)
{
	static char unknown[32];

	if (sig > 0 && sig < COUNT(sigs))
		return (char *)sigs[sig];
	snprintf(unknown, sizeof(unknown), "Unknown signal %d", sig);
	return unknown;
}

/* "msg: reason" on stderr, or just the reason when msg is empty. */
void perror(const char *msg)
{
	if (msg && *msg)
		fprintf(stderr, "%s: %s\n", msg, strerror(errno));
	else
		fprintf(stderr, "%s\n", strerror(errno));
}
