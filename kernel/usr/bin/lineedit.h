/* lineedit.h - the shell's command-line reader: editing keys and history. */
#ifndef LINEEDIT_H
#define LINEEDIT_H

#include <signal.h>

/* Shows prompt and reads one line into buf (without the '\n'). On a terminal the
 * line can be edited (arrows, Backspace, Delete, Home/End, ^A ^E ^U) and the Up/Down
 * arrows walk the history; ^C abandons the line (returns 0 with buf empty), as a byte
 * or as the flag of lineedit_interrupt_flag(). Elsewhere
 * bytes are read one at a time, so a child process started later still finds the
 * input that follows. Returns the length, or -1 at end of input. */
int lineedit_read(const char *prompt, char *buf, int size);

/* The flag the caller's SIGINT handler sets. The terminal keeps ISIG on while a line
 * is edited, so ^C is a SIGINT: when the flag is seen set before or during a read
 * (a handler without SA_RESTART interrupts it), it is cleared and the line abandoned;
 * one set after Enter stays for the caller (a ^C meant for the command). */
void lineedit_interrupt_flag(volatile sig_atomic_t *flag);

/* Remembers a line for the Up arrow (empty lines and repeats are skipped). */
void lineedit_add_history(const char *line);

/* The i-th remembered line, oldest first, or 0 past the end. */
const char *lineedit_history(int i);

#endif
