#!/usr/bin/env bash
# audit-rehash.sh — recompute every hash of a Kakehashi audit-chain export
# with a standard SHA-256 tool only (bash and coreutils' sha256sum),
# following docs/audit-format.md. It trusts nothing in the export but the
# hex of the encoded headers, records and states.
#
#   docs/audit-rehash.sh chain.jsonl
#
# For every block (one JSON line) it checks:
#   - the format version      = 02 in the header, the state and every record
#                               (a version 1 export needs the version 1 script)
#   - the block hash          = SHA-256(header bytes)                     (§4)
#   - header height           = line number − 1, starting at 0
#   - header previous hash    = previous block's hash (zero for genesis)  (§4)
#   - header record count     = number of records
#   - header records root     = RFC 6962 Merkle root of the records        (§3)
#   - header state hash       = SHA-256(state bytes)                       (§5.4)
# It prints one "ok" line per block and exits 0, or prints the first
# mismatch ("FAIL block H: ...") and exits 1. Attestation signatures
# (secp256k1, §6) and the record semantics (§5) need a real program:
# `bridgectl audit verify` or your own.
#
# Hex is turned into bytes with bash's builtin printf ("\xNN"), and all the
# hashes of one tree level go through one sha256sum call, so a block costs a
# handful of processes. The Merkle root is computed bottom-up — hash
# adjacent pairs, carry an odd last node up unchanged — which yields exactly
# RFC 6962's tree (split at the largest power of two below n).
set -euo pipefail

version=02 # docs/audit-format.md, format version 2

if [ $# -ne 1 ] || [ ! -r "$1" ]; then
  echo "usage: $0 EXPORT.jsonl" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# tobin HEX FILE: write the bytes HEX spells to FILE.
tobin() {
  local h=$1 o="" i
  for ((i = 0; i < ${#h}; i += 2)); do o+="\\x${h:i:2}"; done
  printf "$o" >"$2"
}

# sha FILE...: SHA-256 of each file, in order, into the array H.
sha() {
  H=()
  local h _
  while read -r h _; do H+=("$h"); done < <(sha256sum "$@")
}

# field NAME LINE: the value of the first "NAME":"hex" pair.
field() {
  local re="\"$1\":\"([0-9a-f]*)\""
  [[ $2 =~ $re ]] && printf '%s' "${BASH_REMATCH[1]}"
}

zero=$(printf '%064d' 0)
prev=$zero
expect=0
while IFS= read -r line || [ -n "$line" ]; do
  [ -z "$line" ] && continue
  header=$(field headerHex "$line")
  claimed=$(field hash "$line")
  state=$(field stateHex "$line")
  if [ ${#header} -ne 274 ]; then
    echo "FAIL block $expect: header is ${#header} hex digits, want 274"
    exit 1
  fi
  if [ "${header:0:2}" != "$version" ] || [ "${state:0:2}" != "$version" ]; then
    echo "FAIL block $expect: header version ${header:0:2}, state version ${state:0:2}, this script checks format version $version"
    exit 1
  fi
  height=$((16#${header:2:16}))
  hprev=${header:18:64}
  count=$((16#${header:98:8}))
  root=${header:106:64}
  hstate=${header:170:64}

  # One sha256sum for the header, the state and every leaf (0x00 ‖ record).
  files=("$tmp/header" "$tmp/state")
  tobin "$header" "$tmp/header"
  tobin "$state" "$tmp/state"
  n=0
  rest=$line
  re='"recordHex":"([0-9a-f]*)"'
  while [[ $rest =~ $re ]]; do
    if [ "${BASH_REMATCH[1]:0:2}" != "$version" ]; then
      echo "FAIL block $expect: record $n has version ${BASH_REMATCH[1]:0:2}, this script checks format version $version"
      exit 1
    fi
    tobin "00${BASH_REMATCH[1]}" "$tmp/leaf$n"
    files+=("$tmp/leaf$n")
    n=$((n + 1))
    rest=${rest#*"${BASH_REMATCH[0]}"}
  done
  sha "${files[@]}"
  hash=${H[0]}
  shash=${H[1]}
  level=("${H[@]:2}")

  [ "$hash" = "$claimed" ] || { echo "FAIL block $expect: header hashes to $hash, export says $claimed"; exit 1; }
  [ "$height" -eq "$expect" ] || { echo "FAIL block $expect: header height $height"; exit 1; }
  [ "$hprev" = "$prev" ] || { echo "FAIL block $height: previous hash $hprev, previous block is $prev"; exit 1; }
  [ "$n" -eq "$count" ] || { echo "FAIL block $height: header counts $count records, export has $n"; exit 1; }
  [ "$n" -gt 0 ] || { echo "FAIL block $height: no records"; exit 1; }

  # Merkle root, one tree level per sha256sum call.
  while [ ${#level[@]} -gt 1 ]; do
    files=()
    for ((i = 0; i + 1 < ${#level[@]}; i += 2)); do
      tobin "01${level[i]}${level[i + 1]}" "$tmp/node$i"
      files+=("$tmp/node$i")
    done
    sha "${files[@]}"
    if [ $((${#level[@]} % 2)) -eq 1 ]; then H+=("${level[${#level[@]} - 1]}"); fi
    level=("${H[@]}")
  done
  got=${level[0]}
  [ "$got" = "$root" ] || { echo "FAIL block $height: records hash to Merkle root $got, header says $root"; exit 1; }
  [ "$shash" = "$hstate" ] || { echo "FAIL block $height: state hashes to $shash, header says $hstate"; exit 1; }

  echo "ok block $height hash $hash records $count"
  prev=$hash
  expect=$((expect + 1))
done <"$1"

if [ "$expect" -eq 0 ]; then
  echo "FAIL: no blocks in $1"
  exit 1
fi
echo "ok: $expect blocks re-hashed, head $prev"
