/*
 * sha256.c - SHA-256 through OpenSSL's EVP digest interface (see
 * sha256.h).  Files are read in blocks, so a large output costs no more
 * memory than a small one.
 */
#include "sha256.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <sys/stat.h>

/* The digest of ctx as 64 lower-case hex digits. */
static int finish(EVP_MD_CTX *ctx, char hex[PEG_SHA256_HEX])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	if (EVP_DigestFinal_ex(ctx, md, &n) != 1 || n != 32)
		return -1;
	for (unsigned int i = 0; i < n; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[64] = '\0';
	return 0;
}

int peg_sha256_buf(const void *p, size_t n, char hex[PEG_SHA256_HEX])
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int rc = -1;
	if (ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1 &&
	    EVP_DigestUpdate(ctx, p, n) == 1)
		rc = finish(ctx, hex);
	EVP_MD_CTX_free(ctx);
	return rc;
}

int peg_sha256_file(const char *path, char hex[PEG_SHA256_HEX])
{
	struct stat st;
	if (stat(path, &st) != 0)
		return -1;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int rc = -1;
	if (ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1) {
		unsigned char buf[1 << 16];
		size_t n;
		rc = 0;
		while (rc == 0 && (n = fread(buf, 1, sizeof(buf), fp)) > 0)
			if (EVP_DigestUpdate(ctx, buf, n) != 1)
				rc = -1;
		if (rc == 0 && ferror(fp))
			rc = -1;
		if (rc == 0)
			rc = finish(ctx, hex);
		else
			errno = EIO;
	} else
		errno = EIO;
	EVP_MD_CTX_free(ctx);
	fclose(fp);
	return rc;
}
