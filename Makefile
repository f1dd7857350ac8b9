# pegaso - build, test, demo, benchmark, install.
#
#   make            library, program
#   make test       everything CI proves: unit tests, golden end-to-end
#                   cases, report/crash/privacy suites, symbol check; the
#                   same under ASan+UBSan; the golden cases under
#                   valgrind; a short run of every fuzzer
#   make quick      the plain tests only (the loop while developing)
#   make check      the tests under AddressSanitizer + UBSan
#   make valgrind   the golden cases under valgrind
#   make demo       the year-end run on the embedded demo data
#   make bench      benchmark figures (ratios against a baseline)
#   make fuzz       libFuzzer harnesses (clang) in build-fuzz/, with seeds
#   make fuzz-smoke each harness for FUZZ_SECONDS (default 10)
#   make install    PREFIX=/usr/local DESTDIR=
#   make clean
#
# `test`, `check` and `demo` first install missing Debian packages
# (scripts/install-deps, apt-get; sudo when not root).

CC       ?= cc
PREFIX   ?= /usr/local
BUILD    ?= build
SANITIZE ?=

VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo 0.1.0)

CSTD     := -std=c11
# Trailing members left out of an initializer are zero, as C says: a new
# column of a static table (writers, commands) or a new option of a
# public struct leaves the existing rows and callers as they are.
WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wno-unused-parameter \
            -Wno-missing-field-initializers
# Flags that affect numbers are fixed here and recorded in the manifest.
NUMFLAGS := -ffp-contract=off -fno-fast-math
OPT      ?= -O2 -g
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -Iinclude -Iengine \
            -I/usr/include/iniparser -DPEG_VERSION='"$(VERSION)"' \
            -DPEG_NUMFLAGS='"$(NUMFLAGS)"'
CFLAGS   += $(CSTD) $(WARN) $(NUMFLAGS) $(OPT) -pthread
LDLIBS   += $(shell pkg-config --libs gsl 2>/dev/null || echo -lgsl -lgslcblas -lm) \
            $(shell pkg-config --libs libcrypto 2>/dev/null || echo -lcrypto) \
            -liniparser -lcsv -lxlsxwriter -lm -pthread

ifneq ($(SANITIZE),)
CFLAGS  += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=$(SANITIZE)
endif

LIB_SRC  := $(filter-out engine/main.c,$(wildcard engine/*.c))
LIB_OBJ  := $(patsubst engine/%.c,$(BUILD)/obj/%.o,$(LIB_SRC))
LIB      := $(BUILD)/libpegaso.a
BIN      := $(BUILD)/pegaso
TEST_SRC := $(wildcard tests/test_*.c)
TEST_BIN := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRC))

.PHONY: all test quick check valgrind build-plain build-san demo bench install clean deps check-symbols unit golden \
        fuzz fuzz-smoke FORCE

all: $(BIN)

# V=1 shows the full commands.
ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @echo "  $(1)	$(2)"
endif

$(BUILD)/obj/%.o: engine/%.c $(wildcard engine/*.h) include/pegaso.h | $(BUILD)/obj
	$(call say,CC,$<)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The engine version and the flags that affect numbers are compiled into
# run.c and manifest.c (the manifest records them): a stamp rewritten only
# when they change rebuilds those two, so a build never reports a version
# it is not.
$(BUILD)/obj/version.stamp: FORCE | $(BUILD)/obj
	$(Q)echo '$(VERSION) $(NUMFLAGS)' | cmp -s - $@ || \
	    echo '$(VERSION) $(NUMFLAGS)' > $@
$(BUILD)/obj/run.o $(BUILD)/obj/manifest.o: $(BUILD)/obj/version.stamp
FORCE:

$(LIB): $(LIB_OBJ)
	$(call say,AR,$@)
	$(Q)rm -f $@
	$(Q)ar rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(LIB)
	$(call say,LINK,$@)
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/%.c tests/peg_test.h $(LIB) | $(BUILD)/tests
	$(call say,TEST,$@)
	$(Q)$(CC) $(CPPFLAGS) -Itests $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) \
	    -lcmocka $(LDLIBS)

$(BUILD)/tests/bench_run: tests/bench_run.c $(LIB) | $(BUILD)/tests
	$(call say,BENCH,$@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/gendata: scripts/gendata.c $(LIB) | $(BUILD)/obj
	$(call say,GEN,$@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/tests/bench_import: tests/bench_import.c $(LIB) | $(BUILD)/tests
	$(call say,BENCH,$@)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/obj $(BUILD)/tests:
	mkdir -p $@

deps:
	@scripts/install-deps --quiet

# Only peg_ names may leave the library (SQLite's checksymbols).
check-symbols: $(LIB)
	@scripts/check-symbols $(LIB)

unit: $(TEST_BIN)
golden: $(BIN)

# Everything CI proves: plain tests, the same under the sanitizers, the
# golden cases under valgrind, a short run of every fuzzer; one closing
# line "N passed, N failed" (scripts/test-all).
test: deps build-plain build-san
	@scripts/test-all

# The quick loop while developing: plain tests only.
quick: deps build-plain
	@scripts/run-tests $(BUILD) $(LIB)

check: deps build-san
	@STAGES=san scripts/test-all

valgrind: deps
	@$(MAKE) --no-print-directory $(BIN) $(BUILD)/gendata
	@scripts/valgrind-golden $(BIN)

build-plain:
	@$(MAKE) --no-print-directory $(BIN) $(TEST_BIN) $(BUILD)/gendata

build-san:
	@$(MAKE) --no-print-directory BUILD=build-san SANITIZE=address,undefined \
	    OPT="-O1 -g" build-san/pegaso build-san/gendata \
	    $(patsubst $(BUILD)/%,build-san/%,$(TEST_BIN))

demo: deps
	@$(MAKE) --no-print-directory $(BIN)
	@scripts/demo $(BIN)

bench: deps
	@$(MAKE) --no-print-directory $(BIN)
	@scripts/bench $(BUILD)

# Fuzzing (a separate target: make test does not need clang).  The
# library is built again with coverage for libFuzzer and the sanitizers.
FUZZ_CC     ?= clang
FUZZ_BUILD  := build-fuzz
FUZZ_CFLAGS := $(CSTD) $(WARN) $(NUMFLAGS) -g -O1 -fno-omit-frame-pointer \
               -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_OBJ    := $(patsubst engine/%.c,$(FUZZ_BUILD)/obj/%.o,$(LIB_SRC))
FUZZ_BIN    := $(patsubst tests/fuzz/%.c,$(FUZZ_BUILD)/%,$(wildcard tests/fuzz/fuzz_*.c))

$(FUZZ_BUILD)/obj/%.o: engine/%.c $(wildcard engine/*.h) include/pegaso.h | $(FUZZ_BUILD)/obj
	$(call say,FUZZCC,$<)
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link \
	    -c -o $@ $<

$(FUZZ_BUILD)/libpegaso.a: $(FUZZ_OBJ)
	$(call say,AR,$@)
	$(Q)rm -f $@
	$(Q)ar rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_io.h $(FUZZ_BUILD)/libpegaso.a
	$(call say,FUZZ,$@)
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_BUILD)/libpegaso.a $(LDLIBS)

$(FUZZ_BUILD)/obj:
	mkdir -p $@

fuzz: $(FUZZ_BIN)
	@scripts/fuzz-seeds $(FUZZ_BUILD)

fuzz-smoke: fuzz
	@scripts/fuzz-smoke $(FUZZ_BUILD)

install: $(BIN) $(LIB)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	    $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/pegaso/rules
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/pegaso
	install -m 0644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libpegaso.a
	install -m 0644 include/pegaso.h $(DESTDIR)$(PREFIX)/include/pegaso.h
	install -m 0644 rules/*.ini rules/README.md \
	    $(DESTDIR)$(PREFIX)/share/pegaso/rules/

clean:
	rm -rf build build-san build-fuzz
