package lessontest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
	if err := copyTree(dir, work, skip, archived); err != nil {
		return fmt.Errorf("copying the lesson %s: %w", dir, err)
	}
	if starter {
		if err := copyTree(filepath.Join(dir, "starter"), work, nil, archived); err != nil {
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
		if err := copyFile(filepath.Join(sub.match.Dir, filepath.FromSlash(name)), target); err != nil {
			return fmt.Errorf("copying the submission's %s: %w", name, err)
		}
	}
	return nil
}

// copyTree copies the regular files below src into dst, leaving out the
// top-level entries named in skip and the destinations in keep.
func copyTree(src, dst string, skip, keep map[string]bool) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() && skip[rel] {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case !d.Type().IsRegular() || keep[target]:
			return nil
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, fi.Mode().Perm())
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, out.Close()) }()
	_, err = io.Copy(out, in)
	return err
}
