//go:build integration

package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// logKeysOnce reports the first line of a relayd JSON log that carries a
// key twice ("chain"…"chain", "component"…"component"): log processors
// keep one of the two, and which one differs between them (issue 20).
func logKeysOnce(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 || line[0] != '{' {
			continue // a Go crash report or other non-JSON output
		}
		if key, dup := repeatedKey(line); dup {
			return fmt.Errorf("%s:%d: key %q twice: %s", path, n, key, line)
		}
	}
	return sc.Err()
}

// repeatedKey finds a key that occurs twice at the top level of a JSON
// object.
func repeatedKey(obj []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return "", false
		}
		key, _ := t.(string)
		if seen[key] {
			return key, true
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return "", false
		}
	}
	return "", false
}
