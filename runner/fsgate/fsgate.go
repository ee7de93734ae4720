// Package fsgate keeps a script's file access inside its lesson folder.
//
// The runner wraps the file functions of os and io/ioutil so that each path
// a script names passes Check first. A path that leads outside the folder,
// directly, through "..", or through a symbolic link, fails with an
// *fs.PathError whose message says how to lift the restriction.
package fsgate

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

var (
	mu   sync.RWMutex
	root string // "" means no restriction
)

// Restrict limits file access to dir and what lies below it.
func Restrict(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("file policy: %w", err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	mu.Lock()
	root = abs
	mu.Unlock()
	return nil
}

// Root returns the folder file access is limited to, or "" for none.
func Root() string {
	mu.RLock()
	defer mu.RUnlock()
	return root
}

// ErrOutside is the cause of a refused path.
var ErrOutside = errors.New("outside the lesson folder")

// Check returns nil when path may be used, or an *fs.PathError for op.
func Check(op, path string) error {
	r := Root()
	if r == "" {
		return nil
	}
	if inside(r, resolve(path)) {
		return nil
	}
	return &fs.PathError{Op: op, Path: path, Err: fmt.Errorf(
		"%w %s: scripts may use files only there (run socklab with --allow-files to lift this)", ErrOutside, r)}
}

// resolve makes path absolute and follows the symbolic links of the part
// of it that exists, so that a link cannot lead outside unnoticed.
func resolve(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	rest := ""
	cur := abs
	for {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

func inside(root, p string) bool {
	if p == root {
		return true
	}
	return strings.HasPrefix(p, root+string(os.PathSeparator))
}
