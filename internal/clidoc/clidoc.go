package clidoc

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// Generate writes the reference of root's tree into dir: <path>.md for
// every available command (hidden ones and cobra's help are left out),
// without cobra's dated footer so the output depends on the commands only.
// Files of root's tree that no command writes any more are removed.
func Generate(root *cobra.Command, dir string) error {
	files, err := render(root)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := existing(root, dir)
	if err != nil {
		return err
	}
	for _, name := range old {
		if _, ok := files[name]; !ok {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Drift lists the files of root's tree in dir that differ from what
// Generate would write: changed, missing or stale. Empty means up to date.
func Drift(root *cobra.Command, dir string) ([]string, error) {
	files, err := render(root)
	if err != nil {
		return nil, err
	}
	var out []string
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		switch {
		case os.IsNotExist(err):
			out = append(out, name+" (missing)")
		case err != nil:
			return nil, err
		case !bytes.Equal(got, want):
			out = append(out, name+" (changed)")
		}
	}
	old, err := existing(root, dir)
	if err != nil {
		return nil, err
	}
	for _, name := range old {
		if _, ok := files[name]; !ok {
			out = append(out, name+" (stale: no such command)")
		}
	}
	slices.Sort(out)
	return out, nil
}

// render returns the reference of root's tree, file name to contents.
func render(root *cobra.Command) (map[string][]byte, error) {
	root.DisableAutoGenTag = true
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	tmp, err := os.MkdirTemp("", "clidoc")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := doc.GenMarkdownTree(root, tmp); err != nil {
		return nil, fmt.Errorf("clidoc: %w", err)
	}
	ents, err := os.ReadDir(tmp)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(tmp, e.Name()))
		if err != nil {
			return nil, err
		}
		out[e.Name()] = b
	}
	return out, nil
}

// existing lists the files of root's tree in dir: <root>.md and
// <root>_*.md.
func existing(root *cobra.Command, dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		if n == root.Name()+".md" || (strings.HasPrefix(n, root.Name()+"_") && strings.HasSuffix(n, ".md")) {
			out = append(out, n)
		}
	}
	return out, nil
}
