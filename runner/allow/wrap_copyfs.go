package allow

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/socklab/socklab/runner/fsgate"
)

// copyFS is os.CopyFS whose every folder, file and link it makes passes
// the file gate first: dir itself, then each path below it as os.CopyFS
// joins it, checked when the walk of fsys reads the folder that lists it,
// before os.CopyFS makes it; and the target of each link, read relative to
// the link's folder as the kernel reads it. fsys reaches os.CopyFS through
// gatedFS, which reads it as os.CopyFS would, so what is copied, and every
// error, is Go's.
func copyFS(dir string, fsys fs.FS) error {
	if err := fsgate.Check("mkdir", dir); err != nil {
		return err
	}
	return os.CopyFS(dir, gatedFS{dir: dir, fsys: fsys})
}

// gatedFS is the fs.FS that copyFS hands to os.CopyFS: fsys, whose folder
// listings and links pass the file gate at their destination under dir.
type gatedFS struct {
	dir  string
	fsys fs.FS
}

func (g gatedFS) Open(name string) (fs.File, error)      { return g.fsys.Open(name) }
func (g gatedFS) Stat(name string) (fs.FileInfo, error)  { return fs.Stat(g.fsys, name) }
func (g gatedFS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(g.fsys, name) }

// ReadDir lists a folder of fsys once every entry's destination passes the
// gate: a folder as os.MkdirAll's, a file as os.OpenFile's, a link as
// os.Symlink's.
func (g gatedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(g.fsys, name)
	for _, e := range entries {
		to, ok := destination(g.dir, path.Join(name, e.Name()))
		if !ok {
			continue // os.CopyFS fails on the name itself
		}
		op := "create"
		switch e.Type() {
		case fs.ModeDir:
			op = "mkdir"
		case fs.ModeSymlink:
			op = "symlink"
		}
		if err := fsgate.Check(op, to); err != nil {
			return nil, err
		}
	}
	return entries, err
}

// ReadLink reads a link of fsys once its target, where os.CopyFS makes the
// link, passes the gate.
func (g gatedFS) ReadLink(name string) (string, error) {
	target, err := fs.ReadLink(g.fsys, name)
	if err != nil {
		return target, err
	}
	if to, ok := destination(g.dir, name); ok {
		at := target
		if !filepath.IsAbs(at) {
			at = filepath.Join(filepath.Dir(to), at)
		}
		if err := fsgate.Check("symlink", at); err != nil {
			return "", err
		}
	}
	return target, nil
}

// destination returns where os.CopyFS writes the entry name of its fs.FS
// under dir, joined as it joins them, and false where it refuses the name.
func destination(dir, name string) (string, bool) {
	local, err := filepath.Localize(name)
	if err != nil {
		return "", false
	}
	if len(dir) > 0 && os.IsPathSeparator(dir[len(dir)-1]) {
		return dir + local, true
	}
	return dir + string(os.PathSeparator) + local, true
}
