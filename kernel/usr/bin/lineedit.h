/* lineedit.h - the shell's command-line reader: editing keys and history. */
#ifndef LINEEDIT_H
#define LINEEDIT_H

/* Shows prompt and reads one line into buf (without the '\n'). On a terminal the
 * line can be edited (arrows, Backspace, Delete, Home/End, ^A ^E ^U) and the Up/Down
 * arrows walk the history; ^C abandons the line (returns 0 with buf empty). Elsewhere
 * bytes are read one at a time, so a child process started later still finds the
 * input that follows. Returns the length, or -1 at end of input. */
int lineedit_read(const char *prompt, char *buf, int size);

/* Remembers a line for the Up arrow (empty lines and repeats are skipped). */
void lineedit_add_history(const char *line);

/* The i-th remembered line, oldest first, or 0 past the end. */
const char *lineedit_history(int i);

#endif
