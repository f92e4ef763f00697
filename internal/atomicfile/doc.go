// Package atomicfile replaces files so that a crash leaves either the old
// content or the new one, never a torn or empty file: the new content goes
// to a temporary file in the same directory, which is fsynced, renamed over
// the target, and the directory is fsynced so that the rename itself
// survives a power loss. Cursors, books, the deployment file and
// devnet.json are all written this way.
//
//	err := atomicfile.WriteFile(path, raw, 0o600)
//	err = atomicfile.Write(path, 0o600, func(w io.Writer) error { return export(w) })
//	found, err := atomicfile.ReadJSON(path, &v) // found=false: no file, v untouched
//	err = atomicfile.WriteNew(path, raw, 0o600)   // never replaces: fs.ErrExist
//
// The temporary file and the rename come from github.com/google/renameio;
// this package adds the directory fsync and the permissions our callers
// expect (applied as given, whatever the umask).
//
// # Errors
//
// The file system's errors are returned as they come (*fs.PathError naming
// the file), so errors.Is(err, fs.ErrNotExist) and the like work. Write
// returns its callback's error unwrapped, so a caller can tell its own
// failure from the file system's. ReadJSON wraps a decoding error with the
// file's path. On any error the target is left as it was and the temporary
// file is removed. WriteNew's error for an existing path wraps fs.ErrExist.
package atomicfile
