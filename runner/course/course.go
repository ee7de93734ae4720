// Package course finds lessons: in a folder, in a txtar bundle of a
// teacher's own pack, or in the course embedded in socklab.
package course

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rogpeppe/go-internal/txtar"
	"github.com/socklab/socklab/scripts"
)

// Embedded is the course built into socklab.
var Embedded fs.FS = scripts.FS

// A Lesson of the embedded course, as socklab lessons lists it.
type Lesson struct {
	Name  string // its folder: "10-high-low"
	Title string // the first line of its README, without the "# "
}

// List returns the lessons of the embedded course, in order of name.
func List() ([]Lesson, error) {
	entries, err := fs.ReadDir(Embedded, ".")
	if err != nil {
		return nil, err
	}
	var lessons []Lesson
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		l := Lesson{Name: e.Name()}
		if data, err := fs.ReadFile(Embedded, path.Join(e.Name(), "README.md")); err == nil {
			l.Title = title(data)
		}
		lessons = append(lessons, l)
	}
	sort.Slice(lessons, func(i, j int) bool { return lessons[i].Name < lessons[j].Name })
	return lessons, nil
}

// title is the first line of a README, without its heading marks.
func title(readme []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(readme))
	if sc.Scan() {
		return strings.TrimSpace(strings.TrimLeft(sc.Text(), "# "))
	}
	return ""
}

// Open returns a folder holding the lesson or lessons that spec names: a
// folder (returned as it is), a .txtar bundle of a pack (unpacked into a
// temporary folder), or the name of a lesson of the embedded course, such
// as 10-high-low (copied into a temporary folder named after it). Call
// cleanup when done with the folder.
func Open(spec string) (dir string, cleanup func(), err error) {
	none := func() {}
	fi, statErr := os.Stat(spec)
	switch {
	case statErr == nil && fi.IsDir():
		return spec, none, nil
	case statErr == nil && strings.HasSuffix(spec, ".txtar"):
		a, err := txtar.ParseFile(spec)
		if err != nil {
			return "", none, fmt.Errorf("reading the bundle %s: %w", spec, err)
		}
		tmp, err := os.MkdirTemp("", "socklab-pack-")
		if err != nil {
			return "", none, err
		}
		cleanup = func() { os.RemoveAll(tmp) }
		dir = filepath.Join(tmp, strings.TrimSuffix(filepath.Base(spec), ".txtar"))
		if err := unbundle(a, dir); err != nil {
			cleanup()
			return "", none, fmt.Errorf("unpacking the bundle %s: %w", spec, err)
		}
		return dir, cleanup, nil
	case statErr == nil:
		return "", none, fmt.Errorf("%s is neither a lesson folder nor a .txtar bundle of lessons", spec)
	}
	name := strings.TrimPrefix(path.Clean(filepath.ToSlash(spec)), "scripts/")
	if fi, err := fs.Stat(Embedded, name); err != nil || !fi.IsDir() || !fs.ValidPath(name) || name == "." {
		return "", none, fmt.Errorf("%s: no such folder, and no lesson of that name in the course (socklab lessons lists them)", spec)
	}
	tmp, err := os.MkdirTemp("", "socklab-course-")
	if err != nil {
		return "", none, err
	}
	cleanup = func() { os.RemoveAll(tmp) }
	dir = filepath.Join(tmp, path.Base(name))
	if err := CopyFS(dir, Embedded, name); err != nil {
		cleanup()
		return "", none, fmt.Errorf("copying the lesson %s: %w", name, err)
	}
	return dir, cleanup, nil
}

// unbundle writes the files of a txtar bundle below dir.
func unbundle(a *txtar.Archive, dir string) error {
	if len(a.Files) == 0 {
		return errors.New("it holds no files")
	}
	for _, f := range a.Files {
		name := path.Clean(f.Name)
		if !fs.ValidPath(name) {
			return fmt.Errorf("%q is not a relative path inside the pack", f.Name)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// CopyFS copies the tree root of fsys into the folder dir, files readable
// and writable by their owner (embedded files are read-only).
func CopyFS(dir string, fsys fs.FS, root string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		target := filepath.Join(dir, filepath.FromSlash(rel))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
