// Package handin says what a student hands in for a lesson, and matches a
// folder of handed-in files against it.
//
// A lesson defines its hand-in: the files of its starter/ folder, or, for a
// lesson without one, its programs at the top of the folder. Whatever else
// comes with a submission is ignored (and listed), so that a student cannot
// replace the lesson's own programs: its given client, seed peers, shared
// packages or test data.
package handin

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Spec is the list of files a student hands in for a lesson, as paths
// relative to the lesson folder, with forward slashes, sorted.
type Spec struct {
	Files []string
}

// SpecFor returns the hand-in of the lesson in dir: the files of its
// starter/ folder, or its .go programs at the top of the folder.
func SpecFor(dir string) (Spec, error) {
	starter := filepath.Join(dir, "starter")
	if fi, err := os.Stat(starter); err == nil && fi.IsDir() {
		files, err := regularFiles(starter, nil)
		if err != nil {
			return Spec{}, fmt.Errorf("listing the starter files of %s: %w", dir, err)
		}
		if len(files) > 0 {
			return Spec{Files: files}, nil
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Spec{}, fmt.Errorf("listing the programs of %s: %w", dir, err)
	}
	var s Spec
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			s.Files = append(s.Files, e.Name())
		}
	}
	return s, nil
}

// Has reports whether name (a slash path relative to the lesson) is one of
// the files handed in.
func (s Spec) Has(name string) bool {
	i := sort.SearchStrings(s.Files, name)
	return i < len(s.Files) && s.Files[i] == name
}

// A Match is a submission folder held against a Spec.
type Match struct {
	Dir     string
	Present []string // files of the spec the submission has
	Missing []string // files of the spec the submission lacks
	Ignored []string // files of the submission that are not in the spec
	// Near names, for a missing file, the handed-in file whose name differs
	// only in case or folder (Server.go, src/server.go), to say what went
	// wrong.
	Near map[string]string
}

// skipped are folders a submission may carry that are no one's work.
var skipped = map[string]bool{".git": true, "__MACOSX": true, ".DS_Store": true, ".idea": true, ".vscode": true}

// Match holds the submission in dir against s.
func (s Spec) Match(dir string) (*Match, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("submission %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("submission %s is not a folder", dir)
	}
	files, err := regularFiles(dir, skipped)
	if err != nil {
		return nil, fmt.Errorf("listing the submission %s: %w", dir, err)
	}
	m := &Match{Dir: dir, Near: map[string]string{}}
	handed := map[string]bool{}
	for _, f := range files {
		handed[f] = true
		if !s.Has(f) {
			m.Ignored = append(m.Ignored, f)
		}
	}
	for _, f := range s.Files {
		if handed[f] {
			m.Present = append(m.Present, f)
			continue
		}
		m.Missing = append(m.Missing, f)
		for _, g := range m.Ignored {
			if strings.EqualFold(g, f) || strings.EqualFold(pathBase(g), pathBase(f)) {
				m.Near[f] = g
				break
			}
		}
	}
	return m, nil
}

// MissingMessage says that file is not in the submission, and what was
// handed in instead when that is clear.
func (m *Match) MissingMessage(file string) string {
	msg := fmt.Sprintf("no %s in the submission", file)
	if near, ok := m.Near[file]; ok {
		msg += fmt.Sprintf(" (it has %s: the file must be named %s)", near, file)
	}
	return msg
}

// regularFiles lists the regular files below root as sorted slash paths,
// leaving out the folders and files whose name is in skip.
func regularFiles(root string, skip map[string]bool) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != root && skip[d.Name()] {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(files)
	return files, err
}

func pathBase(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
