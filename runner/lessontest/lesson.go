package lessontest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// A Lesson is a folder of lesson programs with a tests/ folder of
// transcript tests.
type Lesson struct {
	Name    string   // how reports name it: its path below the searched folder
	Dir     string   // the folder, as found from the searched path
	Starter bool     // it has a starter/ folder: the files a student receives
	Tests   []string // the names of its tests (tests/NAME.txtar), sorted
}

// A Test is one transcript test of a lesson.
type Test struct {
	Lesson *Lesson
	Name   string
	// Submission, when set, is a folder of a student's work that the test
	// runs against instead of the lesson's own programs (see
	// Options.Submission).
	Submission string
	// Endless names the programs of the submission that an earlier test
	// found computing without pause when its time ran out: they are
	// stopped as soon as they compute so for a second (see spin.go).
	Endless []string
}

// FullName is how reports and --run name the test: "01-hello/hello".
func (t Test) FullName() string { return t.Lesson.Name + "/" + t.Name }

// File is the test's .txtar file.
func (t Test) File() string { return filepath.Join(t.Lesson.Dir, "tests", t.Name+".txtar") }

// Tests lists the tests of lessons, lesson by lesson.
func Tests(lessons []*Lesson) []Test {
	var tests []Test
	for _, l := range lessons {
		for _, name := range l.Tests {
			tests = append(tests, Test{Lesson: l, Name: name})
		}
	}
	return tests
}

// Find returns the lessons at or below root, sorted by name. root is either
// a lesson folder itself or a folder above lessons; a lesson's own
// subfolders are not searched for further lessons, nor are hidden folders
// or folders whose name starts with "_".
func Find(root string) ([]*Lesson, error) {
	fi, err := os.Stat(root)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("%s: no such folder", root)
		}
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder: give a lesson folder or a folder of lessons", root)
	}
	if l, err := readLesson(root); l != nil || err != nil {
		if l != nil {
			abs, err := filepath.Abs(root)
			if err != nil {
				return nil, err
			}
			l.Name = filepath.Base(abs)
		}
		return lessonList(l), err
	}
	var lessons []*Lesson
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == root {
			return nil
		}
		if name := d.Name(); strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			return filepath.SkipDir
		}
		l, err := readLesson(path)
		if err != nil {
			return err
		}
		if l == nil {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		l.Name = filepath.ToSlash(rel)
		lessons = append(lessons, l)
		return filepath.SkipDir
	})
	if err != nil {
		return nil, fmt.Errorf("looking for lessons in %s: %w", root, err)
	}
	sort.Slice(lessons, func(i, j int) bool { return lessons[i].Name < lessons[j].Name })
	return lessons, nil
}

func lessonList(l *Lesson) []*Lesson {
	if l == nil {
		return nil
	}
	return []*Lesson{l}
}

// readLesson returns the lesson in dir, or nil when dir has no tests/
// folder holding .txtar files.
func readLesson(dir string) (*Lesson, error) {
	entries, err := os.ReadDir(filepath.Join(dir, "tests"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return nil, nil
		}
		return nil, err
	}
	l := &Lesson{Dir: dir}
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".txtar"); ok && e.Type().IsRegular() {
			l.Tests = append(l.Tests, name)
		}
	}
	if len(l.Tests) == 0 {
		return nil, nil
	}
	sort.Strings(l.Tests)
	if fi, err := os.Stat(filepath.Join(dir, "starter")); err == nil && fi.IsDir() {
		l.Starter = true
	}
	return l, nil
}
