package lessontest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/socklab/socklab/runner/scratch"
)

// copyLesson fills a test's work folder with the lesson in dir: every file
// except tests/ and starter/, then, when starter is set, the files of
// starter/ over them. With a submission (a student's work to grade), the
// lesson's own versions of the files a student hands in are taken away and
// the student's are copied in their place; nothing else of the submission
// is used, so that the lesson's given programs, seed peers, packages and
// test data are always the lesson's. Files already in work come from the
// test's own archive and are kept: a test may bring its own version of a
// file.
func copyLesson(dir, work string, starter bool, sub *submission) error {
	archived := map[string]bool{}
	err := filepath.WalkDir(work, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			archived[path] = true
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("listing the test's files: %w", err)
	}
	skip := map[string]bool{"tests": true, "starter": true}
	if err := scratch.CopyTree(dir, work, skip, archived); err != nil {
		return fmt.Errorf("copying the lesson %s: %w", dir, err)
	}
	if starter {
		if err := scratch.CopyTree(filepath.Join(dir, "starter"), work, nil, archived); err != nil {
			return fmt.Errorf("copying the starter files of %s: %w", dir, err)
		}
	}
	if sub == nil {
		return nil
	}
	for _, name := range sub.spec.Files {
		target := filepath.Join(work, filepath.FromSlash(name))
		if archived[target] {
			continue
		}
		if err := os.Remove(target); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("taking away the lesson's %s: %w", name, err)
		}
	}
	for _, name := range sub.match.Present {
		target := filepath.Join(work, filepath.FromSlash(name))
		if archived[target] {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := scratch.CopyFile(filepath.Join(sub.match.Dir, filepath.FromSlash(name)), target); err != nil {
			return fmt.Errorf("copying the submission's %s: %w", name, err)
		}
	}
	return nil
}
