package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// audit serve verifies the sample chain, prints where it listens as one
// JSON line, serves the explorer and stops when its context ends.
func TestAuditServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Execute(ctx, []string{"--devnet-dir", t.TempDir(), "--json", "audit", "serve", "--file", sampleChain, "--listen", "127.0.0.1:0"}, outW, io.Discard)
		outW.Close()
	}()
	line, err := bufio.NewReader(outR).ReadString('\n')
	if err != nil {
		t.Fatalf("no line on stdout: %v (exit: %v)", err, <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, outR) }()
	var res serveResult
	if err := json.Unmarshal([]byte(line), &res); err != nil || res.Height != 7 || !strings.HasPrefix(res.URL, "http://127.0.0.1:") {
		t.Fatalf("serve printed %q (%v)", line, err)
	}
	lines := sampleLines(t)
	if res.Head != "0x"+lines[7]["hash"].(string) {
		t.Errorf("head %s, want block 7's", res.Head)
	}
	resp, err := http.Get(res.URL + "blocks/7")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), res.Head) {
		t.Fatalf("GET /blocks/7: %s", resp.Status)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve after its context ended: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}
}

func TestAuditServeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want error
	}{
		{"no source", nil, ErrUsage},
		{"bad genesis flag", []string{"--file", sampleChain, "--genesis", "0x12"}, ErrUsage},
		{"wrong genesis", []string{"--file", sampleChain, "--genesis", "0x" + strings.Repeat("11", 32)}, ErrAuditFailed},
		{"missing file", []string{"--file", "/nonexistent/chain.jsonl"}, ErrNode},
		{"unreachable relay", []string{"--url", "http://127.0.0.1:1"}, ErrNode},
		{"bad interval", []string{"--file", sampleChain, "--interval", "0s"}, ErrUsage},
		{"bad listen address", []string{"--file", sampleChain, "--listen", "256.0.0.1:1"}, ErrSetup},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := run(t, append([]string{"audit", "serve"}, tc.args...)...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
}
