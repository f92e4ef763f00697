package atomicfile_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// A cursor file is replaced whole: a reader sees the old checkpoint or the
// new one, never part of either.
func Example() {
	dir, _ := os.MkdirTemp("", "atomicfile")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "cursor.json")

	type cursor struct{ Height int64 }
	var c cursor
	found, _ := atomicfile.ReadJSON(path, &c)
	fmt.Println("found:", found)

	_ = atomicfile.WriteFile(path, []byte(`{"Height":120}`), 0o600)
	found, _ = atomicfile.ReadJSON(path, &c)
	fmt.Println("found:", found, "height:", c.Height)
	// Output:
	// found: false
	// found: true height: 120
}
