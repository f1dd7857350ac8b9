/*
 * fuzz_io.h - what the file-reading harnesses share: the input bytes as
 * a file the readers can open (an in-memory file, /proc/self/fd/N), and a
 * trap for broken invariants.
 */
#ifndef FUZZ_IO_H
#define FUZZ_IO_H

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#define CHECK(c)                                                               \
	do {                                                                   \
		if (!(c))                                                      \
			__builtin_trap();                                      \
	} while (0)

/* Writes data to a fresh in-memory file; path receives its name.
 * Returns the descriptor (close it after use) or -1. */
static inline int fuzz_file(const uint8_t *data, size_t size, char *path,
			    size_t len)
{
	int fd = memfd_create("fuzz", 0);
	if (fd < 0)
		return -1;
	size_t done = 0;
	while (done < size) {
		ssize_t n = write(fd, data + done, size - done);
		if (n <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)n;
	}
	snprintf(path, len, "/proc/self/fd/%d", fd);
	return fd;
}

#endif
