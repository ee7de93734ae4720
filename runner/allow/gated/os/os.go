// Package os holds socklab's version of os.DirFS, whose every name passes
// the file gate (runner/fsgate) before the folder's fs.FS opens it: Go's
// follows links, which the gate follows as the kernel does, so a link out
// of the folder is refused as os.Open refuses it. The package is named os
// so that fmt's %T prints what Go prints (os.dirFS).
package os

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/socklab/socklab/runner/fsgate"
)

// DirFS is os.DirFS whose methods pass the file gate.
func DirFS(dir string) fs.FS { return dirFS(dir) }

// dirFS is the folder that DirFS was given, as os's own dirFS is.
type dirFS string

// std is Go's fs.FS of the folder, which implements every method below.
func (d dirFS) std() fs.FS { return os.DirFS(string(d)) }

// check passes the file gate for name joined to the folder, where name is
// one that Go's fs.FS would open (it fails on the others itself, with its
// own error).
func (d dirFS) check(op, name string) error {
	if !fs.ValidPath(name) {
		return nil
	}
	return fsgate.Check(op, filepath.Join(string(d), filepath.FromSlash(name)))
}

// Open opens name below the folder, as os.DirFS does, if the gate lets it.
func (d dirFS) Open(name string) (fs.File, error) {
	if err := d.check("open", name); err != nil {
		return nil, err
	}
	return d.std().Open(name)
}

// ReadFile reads name below the folder if the gate lets it.
func (d dirFS) ReadFile(name string) ([]byte, error) {
	if err := d.check("read", name); err != nil {
		return nil, err
	}
	return d.std().(fs.ReadFileFS).ReadFile(name)
}

// ReadDir lists name below the folder if the gate lets it.
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := d.check("readdir", name); err != nil {
		return nil, err
	}
	return d.std().(fs.ReadDirFS).ReadDir(name)
}

// Stat describes name below the folder if the gate lets it.
func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	if err := d.check("stat", name); err != nil {
		return nil, err
	}
	return d.std().(fs.StatFS).Stat(name)
}

// Lstat describes name below the folder, a link itself, if the gate lets
// it.
func (d dirFS) Lstat(name string) (fs.FileInfo, error) {
	if err := d.check("lstat", name); err != nil {
		return nil, err
	}
	return d.std().(fs.ReadLinkFS).Lstat(name)
}

// ReadLink reads the link name below the folder if the gate lets it.
func (d dirFS) ReadLink(name string) (string, error) {
	if err := d.check("readlink", name); err != nil {
		return "", err
	}
	return d.std().(fs.ReadLinkFS).ReadLink(name)
}
