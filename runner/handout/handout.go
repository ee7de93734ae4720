// Package handout writes what a student receives for a lesson: its README,
// the starter files, the visible tests and the programs and files those
// tests need (the given client, seed peers, packages, test data), and
// never the worked solution or a hidden test.
package handout

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/socklab/socklab/runner/handin"
	"github.com/socklab/socklab/runner/lessontest"
)

// Written lists what Write wrote, as slash paths below the folder.
type Written struct {
	Files  []string
	Hidden []string // tests left out
}

// Write writes the handout of the lesson in lessonDir into dst, which must
// not exist or be empty. The starter files go to the top of dst, where the
// student works on them and where "socklab test" finds the lesson.
func Write(lessonDir, dst string) (*Written, error) {
	if entries, err := os.ReadDir(dst); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty: give a new folder", dst)
	}
	spec, err := handin.SpecFor(lessonDir)
	if err != nil {
		return nil, err
	}
	hidden := map[string]bool{}
	w := &Written{}
	lessons, err := lessontest.Find(lessonDir)
	if err != nil {
		return nil, err
	}
	for _, l := range lessons {
		if l.Dir != lessonDir {
			continue
		}
		for _, t := range lessontest.Tests([]*lessontest.Lesson{l}) {
			g, err := t.Grading()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", t.File(), err)
			}
			if g.Hidden {
				name := "tests/" + t.Name + ".txtar"
				hidden[name] = true
				w.Hidden = append(w.Hidden, name)
			}
		}
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return nil, err
	}
	err = filepath.WalkDir(lessonDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(lessonDir, path)
		if err != nil || rel == "." {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case rel == "starter" && d.IsDir():
			return filepath.SkipDir // written below, at the top
		case d.IsDir() || !d.Type().IsRegular():
			return nil
		case spec.Has(rel): // the solution
			return nil
		case hidden[rel]:
			return nil
		}
		w.Files = append(w.Files, rel)
		return copyFile(path, filepath.Join(dst, filepath.FromSlash(rel)))
	})
	if err != nil {
		return nil, fmt.Errorf("writing the handout: %w", err)
	}
	starter := filepath.Join(lessonDir, "starter")
	for _, f := range spec.Files {
		src := filepath.Join(starter, filepath.FromSlash(f))
		if _, err := os.Stat(src); err != nil {
			continue // a lesson without starter/: the student writes it
		}
		w.Files = append(w.Files, f)
		if err := copyFile(src, filepath.Join(dst, filepath.FromSlash(f))); err != nil {
			return nil, fmt.Errorf("writing the starter file %s: %w", f, err)
		}
	}
	return w, nil
}

func copyFile(src, dst string) (err error) {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, out.Close()) }()
	_, err = io.Copy(out, in)
	return err
}
