package goembed

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	pathpkg "path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// resolve returns the files, slash-separated and relative to dir, that a
// //go:embed pattern names, by the go command's rules: the pattern is a
// valid path of fs.ValidPath with glob syntax (no ".", "..", leading or
// trailing slash); a folder it matches stands for its files below, but for
// those whose names begin with "." or "_" unless the pattern begins with
// "all:", and for folders holding a go.mod (another module); a symbolic
// link or another irregular file that the pattern names is an error; so
// are no files at all. Its errors are the go command's words, which the
// caller prefixes with the pattern.
func resolve(dir, pattern string) ([]string, error) {
	glob, all := strings.CutPrefix(pattern, "all:")
	if _, err := pathpkg.Match(glob, ""); err != nil || glob == "." || !fs.ValidPath(glob) {
		return nil, errors.New("invalid pattern syntax")
	}
	match, err := filepath.Glob(quoteGlob(dir+string(filepath.Separator)) + filepath.FromSlash(glob))
	if err != nil {
		return nil, err
	}
	var list []string
	have := map[string]bool{}
	add := func(rel string) {
		if !have[rel] {
			have[rel] = true
			list = append(list, rel)
		}
	}
	for _, file := range match {
		rel := relative(dir, file)
		info, err := os.Lstat(file)
		if err != nil {
			return nil, err
		}
		what := "file"
		if info.IsDir() {
			what = "directory"
		}
		for d := file; len(d) > len(dir)+1; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				return nil, fmt.Errorf("cannot embed %s %s: in different module", what, rel)
			}
			if d != file {
				if info, err := os.Lstat(d); err == nil && !info.IsDir() {
					return nil, fmt.Errorf("cannot embed %s %s: in non-directory %s", what, rel, relative(dir, d))
				}
			}
			if elem := filepath.Base(d); badName(elem) {
				if d == file {
					return nil, fmt.Errorf("cannot embed %s %s: invalid name %s", what, rel, elem)
				}
				return nil, fmt.Errorf("cannot embed %s %s: in invalid directory %s", what, rel, elem)
			}
		}
		switch {
		case info.Mode().IsRegular():
			add(rel)
		case info.IsDir():
			count := 0
			err := filepath.WalkDir(file, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				rel := relative(dir, path)
				name := d.Name()
				if path != file && (badName(name) || ((name[0] == '.' || name[0] == '_') && !all)) {
					if d.IsDir() {
						return fs.SkipDir
					}
					if name[0] == '.' || name[0] == '_' {
						return nil
					}
					return fmt.Errorf("cannot embed file %s: invalid name %s", rel, name)
				}
				if d.IsDir() {
					if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.Type().IsRegular() {
					return nil
				}
				count++
				add(rel)
				return nil
			})
			if err != nil {
				return nil, err
			}
			if count == 0 {
				return nil, fmt.Errorf("cannot embed directory %s: contains no embeddable files", rel)
			}
		default:
			return nil, fmt.Errorf("cannot embed irregular file %s", rel)
		}
	}
	if len(list) == 0 {
		return nil, errors.New("no matching files found")
	}
	slices.Sort(list)
	return list, nil
}

// relative is path relative to dir, slash-separated.
func relative(dir, path string) string {
	return filepath.ToSlash(strings.TrimPrefix(strings.TrimPrefix(path, dir), string(filepath.Separator)))
}

// quoteGlob escapes the glob metacharacters of s, a folder's path.
func quoteGlob(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// readFile reads an embedded file of dir.
func readFile(dir, name string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	return string(data), err
}

// badName reports whether a file's or folder's name is one a module cannot
// hold, which the go command does not embed: a version control folder, or
// a name that golang.org/x/mod's CheckFilePath refuses (dots alone, a
// trailing dot, a character outside letters, digits and
// "!#$%&()+,-.=@[]^_{}~ ", a name Windows reserves, a Windows short name).
func badName(name string) bool {
	switch name {
	case "", ".bzr", ".hg", ".git", ".svn":
		return true
	}
	if strings.Count(name, ".") == len(name) || strings.HasSuffix(name, ".") {
		return true
	}
	for _, r := range name {
		if r < utf8.RuneSelf {
			if !('0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || strings.ContainsRune("!#$%&()+,-.=@[]^_{}~ ", r)) {
				return true
			}
		} else if !unicode.IsLetter(r) {
			return true
		}
	}
	short, _, _ := strings.Cut(name, ".")
	for _, reserved := range windowsNames {
		if strings.EqualFold(reserved, short) {
			return true
		}
	}
	if tilde := strings.LastIndexByte(short, '~'); tilde >= 0 && tilde < len(short)-1 {
		if strings.Trim(short[tilde+1:], "0123456789") == "" {
			return true
		}
	}
	return false
}

// windowsNames are the file names Windows reserves.
var windowsNames = []string{
	"CON", "PRN", "AUX", "NUL",
	"COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
	"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
}
