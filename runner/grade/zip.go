package grade

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Limits on what a .zip submission may unpack to, so that a hostile or
// broken archive cannot fill the disk.
const (
	maxZipFiles = 1000
	maxZipBytes = 64 << 20
)

// unzip unpacks the archive at src into the new folder dst and returns the
// folder that holds the student's files: dst, or the one folder the
// archive holds when it holds nothing else (a .zip of the student's
// folder). Names that lead out of dst, links and oversized archives are
// refused.
func unzip(src, dst string) (string, error) {
	r, err := zip.OpenReader(src)
	if err != nil {
		return "", err
	}
	defer r.Close()
	if len(r.File) > maxZipFiles {
		return "", fmt.Errorf("more than %d files", maxZipFiles)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return "", err
	}
	var total int64
	tops := map[string]bool{}
	topFile := false
	for _, f := range r.File {
		name := path.Clean(strings.ReplaceAll(f.Name, `\`, "/"))
		if name == "." || path.IsAbs(name) || name == ".." || strings.HasPrefix(name, "../") {
			return "", fmt.Errorf("%q leads out of the folder", f.Name)
		}
		first, _, nested := strings.Cut(name, "/")
		if first == "__MACOSX" {
			continue
		}
		if nested || f.FileInfo().IsDir() {
			tops[first] = true
		} else {
			topFile = true
		}
		target := filepath.Join(dst, filepath.FromSlash(name))
		mode := f.FileInfo().Mode()
		switch {
		case mode.IsDir():
			if err := os.MkdirAll(target, 0o755); err != nil {
				return "", err
			}
			continue
		case !mode.IsRegular():
			continue // links and devices are no one's homework
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return "", err
		}
		n, err := extract(f, target, maxZipBytes-total)
		total += n
		if err != nil {
			return "", fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	if len(tops) == 1 && !topFile {
		for top := range tops {
			return filepath.Join(dst, top), nil
		}
	}
	return dst, nil
}

// extract writes the file f to target, failing past limit bytes.
func extract(f *zip.File, target string, limit int64) (n int64, err error) {
	in, err := f.Open()
	if err != nil {
		return 0, err
	}
	defer in.Close()
	out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return 0, err
	}
	defer func() { err = errors.Join(err, out.Close()) }()
	n, err = io.Copy(out, io.LimitReader(in, limit+1))
	if err == nil && n > limit {
		err = fmt.Errorf("the archive unpacks to more than %d MiB", maxZipBytes>>20)
	}
	return n, err
}
