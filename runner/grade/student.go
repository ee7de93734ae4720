// Package grade grades a class: every student's submission is run against
// a lesson's tests, each test worth its points, and the results are
// written as a table, CSV, JSON, JUnit XML or the results.json of
// Gradescope's autograder format.
package grade

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Student is one submission: a folder of the student's files, named
// after the student, or a .zip of such a folder.
type Student struct {
	Name string
	Dir  string // the student's files, unpacked when they came as a .zip
	Path string // as given
	// Err says why the submission could not be read; the student then
	// scores nothing and the reports say why.
	Err error
}

// OpenStudents reads the submissions at paths, unpacking .zip files below
// tmp. Two submissions with one student's name are an error.
func OpenStudents(paths []string, tmp string) ([]Student, error) {
	var students []Student
	seen := map[string]string{}
	for _, p := range paths {
		s := openStudent(p, tmp)
		if other, ok := seen[s.Name]; ok {
			return nil, fmt.Errorf("%s and %s are both the work of %s: give each student one submission", other, p, s.Name)
		}
		seen[s.Name] = p
		students = append(students, s)
	}
	sort.Slice(students, func(i, j int) bool { return students[i].Name < students[j].Name })
	return students, nil
}

// openStudent reads one submission.
func openStudent(path, tmp string) Student {
	base := filepath.Base(filepath.Clean(path))
	s := Student{Name: strings.TrimSuffix(base, filepath.Ext(base)), Path: path}
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		s.Err = fmt.Errorf("cannot read the submission: %w", err)
	case fi.IsDir():
		s.Name, s.Dir = base, path
	case strings.EqualFold(filepath.Ext(path), ".zip"):
		dir, err := unzip(path, filepath.Join(tmp, "zip-"+s.Name))
		if err != nil {
			s.Err = fmt.Errorf("cannot unpack %s: %w", base, err)
		}
		s.Dir = dir
	default:
		s.Err = fmt.Errorf("%s is neither a folder nor a .zip of one", base)
	}
	return s
}
