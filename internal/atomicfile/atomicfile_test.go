package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFile(t *testing.T) {
	tests := []struct {
		name string
		old  string // "" for no file before
		perm fs.FileMode
	}{
		{"new file, private", "", 0o600},
		{"new file, world-readable", "", 0o644},
		{"replaces a file", "old content", 0o600},
		{"replaces and changes permissions", "old content", 0o644},
	}
	old := syscall.Umask(0o077) // the permissions must not depend on the umask
	defer syscall.Umask(old)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "f.json")
			if tc.old != "" {
				if err := os.WriteFile(path, []byte(tc.old), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if err := WriteFile(path, []byte("new"), tc.perm); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != "new" {
				t.Fatalf("content %q, %v", got, err)
			}
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != tc.perm {
				t.Fatalf("permissions %v, want %v", fi.Mode().Perm(), tc.perm)
			}
			onlyFile(t, dir, "f.json")
		})
	}
}

func TestWriteFailureLeavesTheTarget(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.json")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, 0o600, func(w io.Writer) error {
		if _, err := io.WriteString(w, "half"); err != nil {
			return err
		}
		return boom
	})
	if err != boom {
		t.Fatalf("err = %v, want the callback's error as is", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Fatalf("target is %q after a failed write", got)
	}
	onlyFile(t, dir, "f.json")
}

func TestWriteMissingDirectory(t *testing.T) {
	err := WriteFile(filepath.Join(t.TempDir(), "no", "f.json"), nil, 0o600)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("err = %v, want fs.ErrNotExist", err)
	}
}

func TestReadJSON(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name      string
		path      string
		wantFound bool
		wantV     map[string]int
		wantErr   string // substring; "" for none
	}{
		{"missing file leaves v", filepath.Join(dir, "none.json"), false, map[string]int{"keep": 1}, ""},
		{"decodes", write("ok.json", `{"a":2}`), true, map[string]int{"keep": 1, "a": 2}, ""},
		{"bad JSON names the file", write("bad.json", `{"a":`), false, nil, "bad.json: unexpected end of JSON input"},
		{"a directory is an error", dir, false, nil, "is a directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := map[string]int{"keep": 1}
			found, err := ReadJSON(tc.path, &v)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || found != tc.wantFound {
				t.Fatalf("found %v, err %v; want found %v", found, err, tc.wantFound)
			}
			if len(v) != len(tc.wantV) || v["a"] != tc.wantV["a"] || v["keep"] != 1 {
				t.Fatalf("v = %v, want %v", v, tc.wantV)
			}
		})
	}
}

// onlyFile fails t unless dir holds exactly name: no temporary file is left.
func onlyFile(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != name {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("directory holds %v, want only %s", names, name)
	}
}

// WriteNew writes a new file with exactly perm and refuses an existing
// one, leaving it and no temporary file behind.
func TestWriteNew(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "share.txt")
	if err := WriteNew(path, []byte("first"), 0o640); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o640 {
		t.Fatalf("%v %v", fi.Mode(), err)
	}
	err := WriteNew(path, []byte("second"), 0o600)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("err = %v, want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Fatalf("replaced: %q", got)
	}
	onlyFile(t, dir, "share.txt")
	if err := WriteNew(filepath.Join(dir, "missing", "f"), nil, 0o600); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing directory: %v", err)
	}
}
