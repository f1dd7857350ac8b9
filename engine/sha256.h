/*
 * sha256.h - SHA-256 digests of files and buffers, as lower-case hex.
 *
 * The one adapter of OpenSSL's libcrypto (EVP interface): no other module
 * includes an OpenSSL header.
 */
#ifndef PEG_SHA256_H
#define PEG_SHA256_H

#include <stddef.h>

#define PEG_SHA256_HEX 65 /* 64 hex digits and a NUL */

/*
 * peg_sha256_file - the digest of the file at path into hex.  Returns 0,
 * or -1 with errno set (ENOENT for a missing file, EISDIR for a folder,
 * EIO when libcrypto fails).
 */
int peg_sha256_file(const char *path, char hex[PEG_SHA256_HEX]);

/* The digest of n bytes at p into hex; 0, or -1 when libcrypto fails. */
int peg_sha256_buf(const void *p, size_t n, char hex[PEG_SHA256_HEX]);

#endif
