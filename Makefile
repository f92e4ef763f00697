# Kakehashi — build, tools, tests, demo.
#
#   make demo    the main job on a fresh machine (tools, devnet, demo run)
#   make test    unit, fuzz-seed, Solidity and integration tests on real nodes
#   make tools   install every external tool, pinned, into .tools/ (idempotent;
#                make demo-tools: only btcd and anvil, what the demo runs;
#                make hsm-tools: SoftHSM2 from Debian, for make test only;
#                make browser-tools: Chromium from Debian, for make test only)
#
# Every external version is pinned here and only here.

BTCD_VERSION     := v0.26.2
FOUNDRY_VERSION  := 1.7.1
SOLC_VERSION     := 0.8.30
OZ_VERSION       := 5.4.0
SOFTHSM_VERSION  := 2.6.1-2.1
CHROMIUM_VERSION := 148.0.7778.167-1~deb12u1

SHELL  := /usr/bin/env bash
ROOT   := $(abspath .)
TOOLS  := $(ROOT)/.tools
TBIN   := $(TOOLS)/bin
NPMDIR := $(TOOLS)/npm
STAMPS := $(TOOLS)/stamps
GO     ?= go
export PATH := $(TBIN):$(PATH)
export KAKEHASHI_TOOLS := $(TBIN)

GOTEST_FLAGS ?= -count=1
INTEGRATION_TIMEOUT ?= 60m

.PHONY: demo-tools hsm-tools browser-tools walkthrough-tools test-ops bench-audit bench-relay bench-evm bench-load bench-load-btc all tools build test test-vectors test-go test-unit test-forge bindings-check contracts demo clean clean-tools

all: build

## ---- tools -------------------------------------------------------------

# What `make demo` runs: btcd and anvil. The Solidity toolchain (forge,
# cast, solc-js, OpenZeppelin) and abigen are for `make test` and
# `make contracts` only, so a first demo does not wait for them. Each group
# installs in parallel with the other work of its target (make -j).
GETH_VERSION := $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
DEMO_TOOLS := $(STAMPS)/btcd-$(BTCD_VERSION) $(STAMPS)/anvil-$(FOUNDRY_VERSION)
DEV_TOOLS  := $(STAMPS)/solidity-$(FOUNDRY_VERSION)-$(SOLC_VERSION)-$(OZ_VERSION) $(STAMPS)/abigen-$(GETH_VERSION)

tools:
	@$(MAKE) --no-print-directory -j4 $(DEMO_TOOLS) $(DEV_TOOLS)

demo-tools: $(DEMO_TOOLS)

$(STAMPS)/btcd-$(BTCD_VERSION):
	@mkdir -p $(TBIN) $(STAMPS)
	@echo "tools: btcd $(BTCD_VERSION) (go install: compiling, about 1 min on a cold Go cache)"
	@GOBIN=$(TBIN) GOFLAGS=-mod=mod $(GO) install github.com/btcsuite/btcd@$(BTCD_VERSION)
	@echo "tools: btcd $(BTCD_VERSION) installed"
	@touch $@

# anvil alone, in its own npm folder, so it installs beside the Solidity
# toolchain without sharing a package.json.
$(STAMPS)/anvil-$(FOUNDRY_VERSION):
	@mkdir -p $(TBIN) $(STAMPS) $(TOOLS)/npm-anvil
	@echo "tools: anvil $(FOUNDRY_VERSION) (npm: downloading about 30 MB)"
	@cd $(TOOLS)/npm-anvil && ( [ -f package.json ] || echo '{"private":true}' > package.json ) && \
	  npm install --no-audit --no-fund --save-exact --loglevel=error @foundry-rs/anvil-linux-amd64@$(FOUNDRY_VERSION)
	@f=$$(find $(TOOLS)/npm-anvil/node_modules/@foundry-rs/anvil-linux-amd64 -type f -name anvil | head -1); \
	  chmod +x "$$f" && ln -sf "$$f" $(TBIN)/anvil
	@echo "tools: anvil $(FOUNDRY_VERSION) installed"
	@touch $@

$(STAMPS)/solidity-$(FOUNDRY_VERSION)-$(SOLC_VERSION)-$(OZ_VERSION): tools/solc
	@mkdir -p $(TBIN) $(STAMPS) $(NPMDIR)
	@echo "tools: forge/cast $(FOUNDRY_VERSION), solc-js $(SOLC_VERSION), @openzeppelin/contracts $(OZ_VERSION) (npm)"
	@cd $(NPMDIR) && ( [ -f package.json ] || echo '{"private":true}' > package.json ) && \
	  npm install --no-audit --no-fund --save-exact --loglevel=error \
	    @foundry-rs/forge-linux-amd64@$(FOUNDRY_VERSION) \
	    @foundry-rs/cast-linux-amd64@$(FOUNDRY_VERSION) \
	    solc@$(SOLC_VERSION) @openzeppelin/contracts@$(OZ_VERSION)
	@for t in forge cast; do \
	  f=$$(find $(NPMDIR)/node_modules/@foundry-rs/$$t-linux-amd64 -type f -name $$t | head -1); \
	  chmod +x "$$f"; ln -sf "$$f" $(TBIN)/$$t; done
	@cp tools/solc $(TBIN)/solc && chmod +x $(TBIN)/solc
	@echo "tools: forge, cast, solc-js, OpenZeppelin installed"
	@touch $@

$(STAMPS)/abigen-%:
	@mkdir -p $(TBIN) $(STAMPS)
	@echo "tools: abigen $* (go-ethereum version from go.mod; compiling, about 2 min on a cold Go cache)"
	@GOBIN=$(TBIN) $(GO) install github.com/ethereum/go-ethereum/cmd/abigen
	@echo "tools: abigen $* installed"
	@touch $@

# SoftHSM2, the PKCS#11 token the HSM signer's tests run against
# (relay/keys/pkcs11). A Debian package, so it installs system-wide with
# apt-get (as root, as CI runs; sudo otherwise), only when missing; a
# softhsm2-util already on PATH from elsewhere is used as it is. The three
# packages are pinned together: softhsm2's dependency on the library that
# the tests load (libsofthsm2) carries no version.
SOFTHSM_PKGS := softhsm2=$(SOFTHSM_VERSION) libsofthsm2=$(SOFTHSM_VERSION) softhsm2-common=$(SOFTHSM_VERSION)
# jq and curl: the doc walkthrough tests (integration/walkthrough) run the
# docs' shell blocks, which use them. Installed only if missing.
JQ_VERSION   := 1.6-2.1+deb12u1
CURL_VERSION := 7.88.1-10+deb12u14
walkthrough-tools:
	@missing=; \
	command -v jq >/dev/null || missing="$$missing jq=$(JQ_VERSION)"; \
	command -v curl >/dev/null || missing="$$missing curl=$(CURL_VERSION)"; \
	if [ -n "$$missing" ]; then \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "tools:$$missing (apt-get)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null || \
	  { $$sudo apt-get update -qq && $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } || \
	  { echo "tools: apt-get install$$missing failed" >&2; exit 1; }; \
	fi

hsm-tools:
	@if dpkg -s softhsm2 2>/dev/null | grep -q '^Status: install ok installed'; then \
	  v=$$(dpkg-query -W -f='$${Version}' softhsm2); \
	  [ "$$v" = "$(SOFTHSM_VERSION)" ] || echo "tools: softhsm2 $$v found, pinned is $(SOFTHSM_VERSION): using it"; \
	elif command -v softhsm2-util >/dev/null; then \
	  echo "tools: softhsm2-util found at $$(command -v softhsm2-util) (not Debian's package): using it"; \
	elif ! command -v apt-get >/dev/null; then \
	  echo "tools: softhsm2 missing and no apt-get: install SoftHSM 2.6 by hand, and set KAKEHASHI_PKCS11_MODULE to its libsofthsm2.so if it is not in a usual place" >&2; \
	  exit 1; \
	else \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "tools: softhsm2 $(SOFTHSM_VERSION) (apt-get: about 1 MB)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y -qq --no-install-recommends $(SOFTHSM_PKGS) >/dev/null || \
	  { echo "tools: softhsm2 not in the package lists, running apt-get update first"; \
	    $$sudo apt-get update -qq && \
	    $$sudo apt-get install -y -qq --no-install-recommends $(SOFTHSM_PKGS) >/dev/null; } || \
	  { echo "tools: apt-get install softhsm2=$(SOFTHSM_VERSION) failed (see above): is that version in this machine's Debian release?" >&2; exit 1; }; \
	  echo "tools: softhsm2 $(SOFTHSM_VERSION) installed"; \
	fi

# Chromium, the headless browser the explorer's end-to-end test drives
# (integration/e2e TestExplorer, through chromedp). A Debian package like
# softhsm2: installed with apt-get only when missing; a chromium already on
# PATH from elsewhere is used as it is. chromium pins its chromium-common to
# its own version, so one pin holds both.
browser-tools:
	@if dpkg -s chromium 2>/dev/null | grep -q '^Status: install ok installed'; then \
	  v=$$(dpkg-query -W -f='$${Version}' chromium); \
	  [ "$$v" = "$(CHROMIUM_VERSION)" ] || echo "tools: chromium $$v found, pinned is $(CHROMIUM_VERSION): using it"; \
	elif command -v chromium >/dev/null; then \
	  echo "tools: chromium found at $$(command -v chromium) (not Debian's package): using it"; \
	elif ! command -v apt-get >/dev/null; then \
	  echo "tools: chromium missing and no apt-get: install Chromium by hand and put it on PATH as 'chromium'" >&2; \
	  exit 1; \
	else \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "tools: chromium $(CHROMIUM_VERSION) (apt-get: about 75 MB)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y -qq --no-install-recommends chromium=$(CHROMIUM_VERSION) >/dev/null || \
	  { echo "tools: chromium not in the package lists, running apt-get update first"; \
	    $$sudo apt-get update -qq && \
	    $$sudo apt-get install -y -qq --no-install-recommends chromium=$(CHROMIUM_VERSION) >/dev/null; } || \
	  { echo "tools: apt-get install chromium=$(CHROMIUM_VERSION) failed (see above): is that version in this machine's Debian release?" >&2; exit 1; }; \
	  echo "tools: chromium $(CHROMIUM_VERSION) installed"; \
	fi

clean-tools:
	rm -rf $(TOOLS)

## ---- build -------------------------------------------------------------

build:
	@mkdir -p bin
	@echo "build: bin/relayd, bin/bridgectl, bin/devnet (about 2 min on a cold Go cache)"
	@$(GO) build -o bin/ ./cmd/...
	@echo "build: done"

clean:
	rm -rf bin .devnet contracts/out contracts/cache

## ---- contracts ---------------------------------------------------------

# Regenerate the committed Go bindings and ABI JSON from the Solidity sources.
contracts: tools
	contracts/gen-bindings.sh contracts/bindings

# Fail when the committed bindings or ABI JSON differ from what the sources
# generate (checks without rewriting anything).
bindings-check: tools
	contracts/gen-bindings.sh --check contracts/bindings

## ---- tests -------------------------------------------------------------

# make test: everything CI runs. Go unit tests with fuzz seed corpora, the
# Solidity suite, the bindings check, then every integration test against
# real btcd, anvil and NATS (the integration build tag).
test: tools bindings-check test-forge test-vectors test-go test-ops

# The Bitcoin deposit test vectors, re-derived by an independent Python
# implementation written from the BIPs (standard library only).
test-vectors:
	python3 chains/bitcoin/testdata/vectors_check.py

# The Grafana dashboard and Prometheus alert rules (ops/, its own Go module:
# the Prometheus rule and PromQL parsers stay out of the bridge's go.mod).
test-ops:
	cd ops && $(GO) vet ./... && $(GO) test $(GOTEST_FLAGS) ./...

test-forge: tools
	cd contracts && forge test

# Unit and integration tests in one run (-tags integration includes both).
test-go: tools hsm-tools browser-tools walkthrough-tools
	$(GO) vet -tags integration ./...
	$(GO) test -tags integration $(GOTEST_FLAGS) -timeout $(INTEGRATION_TIMEOUT) ./...

# Fast loop for development: no nodes, no Solidity.
test-unit:
	$(GO) vet ./...
	$(GO) test $(GOTEST_FLAGS) ./...

## ---- benchmarks (figures in BENCHMARKS.md) -------------------------------

bench-audit:
	$(GO) test ./audit/ -run '^$$' -bench . -benchtime 1x -cpu 1

bench-relay:
	$(GO) test -run '^$$' -bench Pipeline -benchtime 1x ./relay/

bench-evm:
	$(GO) test -tags integration ./chains/evm/ -run '^$$' -bench . -benchtime=5x -count=1

# Issue 8 load benchmark: 1,000 mixed EVM transfers through three relayd (about 2.5 min).
bench-load: tools
	$(GO) test -tags integration -run '^$$' -bench Load -benchtime 1x -timeout 30m ./integration/load/

bench-load-btc: tools
	$(GO) test -tags integration -run '^$$' -bench BitcoinLoad -benchtime 1x -timeout 60m ./integration/loadbtc/

## ---- demo --------------------------------------------------------------

# The main job on a fresh machine: the devnet, the bridges, three relayd
# (2-of-3), TST A → B → A and the re-transfer A → B → C → A step by step, an
# audit replay; exits 0 and leaves nothing running (DEMO_FLAGS=--json).
demo:
	@$(MAKE) --no-print-directory -j3 demo-tools build
	bin/devnet demo --bridge $(DEMO_FLAGS)
