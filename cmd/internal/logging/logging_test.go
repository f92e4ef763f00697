package logging

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name     string
		cfg      Config
		wantJSON bool
		wantErr  string
	}{
		{name: "buffer defaults to json", cfg: Config{}, wantJSON: true},
		{name: "console on request", cfg: Config{Format: FormatConsole}},
		{name: "bad level", cfg: Config{Level: "loud"}, wantErr: "log level"},
		{name: "bad format", cfg: Config{Format: "xml"}, wantErr: "log format"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			tc.cfg.Out = &buf
			log, err := New(tc.cfg)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			log.Info().Str("component", "test").Msg("hello")
			var m map[string]any
			isJSON := json.Unmarshal(buf.Bytes(), &m) == nil
			if isJSON != tc.wantJSON {
				t.Fatalf("json=%v want %v: %q", isJSON, tc.wantJSON, buf.String())
			}
			if !strings.Contains(buf.String(), "hello") {
				t.Fatalf("message missing: %q", buf.String())
			}
		})
	}
}
