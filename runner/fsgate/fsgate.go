// Package fsgate keeps a script's file access inside its lesson folder.
//
// The runner wraps the file functions of os and io/ioutil so that each path
// a script names passes Check first. A path that leads outside the folder,
// directly, through "..", or through a symbolic link, fails with an
// *fs.PathError whose message says how to lift the restriction.
//
// Check walks a path as the kernel does: one name at a time, each symbolic
// link replaced by its target read relative to the link's own folder, and
// ".." taken after the links before it are followed, never by cleaning the
// text first. A link whose target leads out of the folder is refused
// wherever it came from (made by the script or there before), even when
// the rest of the path would lead back in.
//
// The gate is the first wall, not the only one: on Linux the kernel refuses
// the same files again (see package confine), which also closes the window
// between a check here and the call that follows it.
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

// noFollow are the operations that act on a link itself rather than on
// what it points to, so a final link is not followed for them.
var noFollow = map[string]bool{
	"lstat": true, "lchown": true, "readlink": true, "remove": true,
	"rename": true, "symlink": true, "link": true,
}

// Check returns nil when path may be used, or an *fs.PathError for op.
func Check(op, path string) error {
	r := Root()
	if r == "" {
		return nil
	}
	if err := walk(r, path, !noFollow[op]); err != nil {
		return &fs.PathError{Op: op, Path: path, Err: fmt.Errorf(
			"%w %s: scripts may use files only there (run socklab with --allow-files to lift this)", err, r)}
	}
	return nil
}

// maxLinks is how many links one path may pass through, as Linux's ELOOP.
const maxLinks = 40

// loopError is the cause of a path with too many links, made where one is
// met, not in every process's start.
func loopError() error {
	return fmt.Errorf("%w (too many symbolic links, or a loop) below", ErrOutside)
}

// step is one name of a path still to walk; a step with check set marks
// the end of a link's target, where the walk must be inside the root.
type step struct {
	name  string
	check bool
}

// walk resolves path name by name from the file system root and reports
// whether it, and every link it passes through, stays inside root. A name
// that does not exist (yet) is taken as a plain folder: the kernel will
// refuse to go through it anyway.
func walk(root, path string, followLast bool) error {
	if path == "" {
		return nil // the call itself fails with ENOENT
	}
	if !filepath.IsAbs(path) {
		wd, err := os.Getwd()
		if err != nil {
			return fmt.Errorf("%w (the current folder is gone)", ErrOutside)
		}
		path = wd + string(os.PathSeparator) + path
	}
	todo := split(path, false)
	cur := string(os.PathSeparator)
	links := 0
	for len(todo) > 0 {
		s := todo[0]
		todo = todo[1:]
		if s.check {
			if !inside(root, cur) {
				return ErrOutside
			}
			continue
		}
		switch s.name {
		case ".":
			continue
		case "..":
			cur = filepath.Dir(cur)
			continue
		}
		next := filepath.Join(cur, s.name)
		last := !hasName(todo)
		fi, err := os.Lstat(next)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 || (last && !followLast) {
			cur = next
			continue
		}
		if links++; links > maxLinks {
			return loopError()
		}
		target, err := os.Readlink(next)
		if err != nil {
			return ErrOutside
		}
		if filepath.IsAbs(target) {
			cur = string(os.PathSeparator)
		}
		// Only a link inside the folder must lead inside: the system's
		// own links above it (macOS's /tmp) are not the script's doing.
		todo = append(split(target, inside(root, next)), todo...)
	}
	if !inside(root, cur) {
		return ErrOutside
	}
	return nil
}

// split turns path into steps, with a check at the end when asked.
func split(path string, check bool) []step {
	var steps []step
	for _, name := range strings.Split(path, string(os.PathSeparator)) {
		if name != "" {
			steps = append(steps, step{name: name})
		}
	}
	if check {
		steps = append(steps, step{check: true})
	}
	return steps
}

// hasName reports whether steps still hold a name to walk.
func hasName(steps []step) bool {
	for _, s := range steps {
		if !s.check {
			return true
		}
	}
	return false
}

func inside(root, p string) bool {
	if p == root {
		return true
	}
	return strings.HasPrefix(p, root+string(os.PathSeparator))
}
