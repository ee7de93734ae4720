// Package scratch gives each program of a lesson test a folder of its own.
//
// A test's work folder holds the lesson as the test sees it (the lesson's
// files, the student's hand-in, the test's own files); no program of the
// test runs there. Each program instead runs in a fresh copy of it, made by
// socklab before the program starts, so that no program can change the
// lesson's files, the harness's files or another program's files: what it
// writes stays in its own copy, $WORK/.run/NAME, where a test can still
// look at it (cmp .run/server/recv-notes.txt notes.txt).
package scratch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// EnvWork names the test's work folder, whose copies programs run in. The
// harness sets it; socklab run and the seed launcher read it.
const EnvWork = "SOCKLAB_TEST_WORK"

// Dir is the folder below the work folder that holds the programs' copies.
const Dir = ".run"

// internal are the harness's own folders in a work folder, never copied.
var internal = map[string]bool{Dir: true, ".listen": true, ".ports": true, ".socklab": true}

// Name is the folder name of a program's copy: its path without extension,
// with "/" as "-" (server.go is "server", seed/server.py "seed-server").
func Name(program string) string {
	p := filepath.ToSlash(filepath.Clean(program))
	p = strings.TrimSuffix(p, filepath.Ext(p))
	p = strings.TrimLeft(strings.ReplaceAll(p, "/", "-"), ".-")
	if p == "" {
		p = "program"
	}
	return p
}

// Enter makes a fresh copy of the work folder named by EnvWork for the
// program at path (as given on the command line, relative to the current
// folder, which is the work folder), changes into it and returns path as
// it is to be used there. With EnvWork unset it does nothing.
func Enter(path string) (string, error) {
	work := os.Getenv(EnvWork)
	if work == "" {
		return path, nil
	}
	if real, err := filepath.EvalSymlinks(work); err == nil {
		work = real
	}
	cwd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the current folder: %w", err)
	}
	abs := path
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(cwd, path)
	}
	rel, err := filepath.Rel(work, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return path, nil // a program from elsewhere runs where it is
	}
	dir, err := create(filepath.Join(work, Dir), Name(rel))
	if err != nil {
		return "", err
	}
	if err := CopyTree(work, dir, internal, nil); err != nil {
		return "", fmt.Errorf("copying the test's files for %s: %w", rel, err)
	}
	relCwd, err := filepath.Rel(work, cwd)
	if err != nil || strings.HasPrefix(relCwd, "..") {
		relCwd = "."
	}
	if err := os.Chdir(filepath.Join(dir, relCwd)); err != nil {
		return "", fmt.Errorf("entering the program's folder: %w", err)
	}
	if filepath.IsAbs(path) {
		return filepath.Join(dir, rel), nil
	}
	return path, nil
}

// create makes a new folder below root named name, or name-2, name-3, ...
// when a program of that name already ran.
func create(root, name string) (string, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", fmt.Errorf("creating the programs' folder: %w", err)
	}
	for n := 1; ; n++ {
		dir := filepath.Join(root, name)
		if n > 1 {
			dir += "-" + strconv.Itoa(n)
		}
		err := os.Mkdir(dir, 0o755)
		if err == nil {
			return dir, nil
		}
		if !errors.Is(err, fs.ErrExist) || n > 10000 {
			return "", fmt.Errorf("creating the program's folder: %w", err)
		}
	}
}

// CopyTree copies the regular files and folders below src into dst,
// leaving out the folders at the top whose names skip holds and the
// destinations keep holds; a file already in dst is overwritten.
func CopyTree(src, dst string, skip, keep map[string]bool) error {
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
		return CopyFile(path, target)
	})
}

// CopyFile copies the file src to dst, with src's permissions, replacing
// what dst held.
func CopyFile(src, dst string) (err error) {
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
