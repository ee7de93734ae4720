// Package exportgen writes the export data that socklab type-checks
// scripts against: the exported API of every compiled package a script may
// import, as the Go toolchain built it. It asks the toolchain for each
// package's compiler export data (go list -export), reads that with Go's
// own importer and writes it again in the compact format of
// golang.org/x/tools/go/gcexportdata (types only, no function bodies), one
// zip entry per package. Each entry holds every declaration the package's
// API reaches, so one package reads without the others; an entry of the
// same name with DepsSuffix says which declaration names which (see Deps),
// so that a script process reads only the declarations it needs.
package exportgen

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/gostd"
	"github.com/socklab/socklab/stdlib"
	"github.com/traefik/yaegi/stdlib/unrestricted"
	"golang.org/x/tools/go/gcexportdata"
)

// A Target is a system socklab runs on. A package whose API differs
// between targets (syscall, say) is stored once for each, as PATH@GOOS.
type Target struct{ GOOS, GOARCH string }

// Targets are the systems of the stored data.
var Targets = []Target{{"linux", "amd64"}, {"darwin", "arm64"}}

// Packages returns the import paths of every compiled package a script may
// import: those the interpreter's symbol tables offer (runner/gostd's, and
// the interpreter's unrestricted ones), with or without a flag, socklab's
// helper packages, and iter, whose Seq and Seq2 the rewrite writes out as
// the function types they stand for.
func Packages() []string {
	seen := map[string]bool{"iter": true}
	paths := []string{"iter"}
	add := func(p string) {
		if p != "." && !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	for _, p := range gostd.Packages() {
		add(p)
	}
	for _, table := range []map[string]map[string]reflect.Value{unrestricted.Symbols, stdlib.Symbols} {
		for key := range table {
			add(path.Dir(key))
		}
	}
	slices.Sort(paths)
	return paths
}

// DepsSuffix ends the name of the entry that holds an entry's Deps.
const DepsSuffix = ".deps"

// An Entry is the stored export data of one package.
type Entry struct {
	Data []byte // in gcexportdata's format
	Deps string // which declaration names which (see Deps)
}

// Export returns the export data of each package for one target, keyed
// by import path. dir is a folder inside socklab's module.
func Export(dir string, t Target, pkgs []string) (map[string]Entry, error) {
	files, err := exportFiles(dir, t, pkgs)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(p string) (io.ReadCloser, error) {
		f, ok := files[p]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", p)
		}
		return os.Open(f)
	})
	out := map[string]Entry{}
	for _, p := range pkgs {
		pkg, err := imp.Import(p)
		if err != nil {
			return nil, fmt.Errorf("reading the export data of %s: %w", p, err)
		}
		var buf bytes.Buffer
		if err := gcexportdata.Write(&buf, token.NewFileSet(), pkg); err != nil {
			return nil, fmt.Errorf("writing the export data of %s: %w", p, err)
		}
		out[p] = Entry{buf.Bytes(), Deps(pkg)}
	}
	return out, nil
}

// exportFiles asks the toolchain where the compiler export data of each
// package is, building what it must.
func exportFiles(dir string, t Target, pkgs []string) (map[string]string, error) {
	cmd := exec.Command("go", append([]string{"list", "-export", "-json=ImportPath,Export,Error"}, pkgs...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS="+t.GOOS, "GOARCH="+t.GOARCH, "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export (%s/%s): %w\n%s", t.GOOS, t.GOARCH, err, stderr.Bytes())
	}
	files := map[string]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Export string
			Error              *struct{ Err string }
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list -export: %w", err)
		}
		if p.Error != nil {
			return nil, fmt.Errorf("go list -export: %s: %s", p.ImportPath, p.Error.Err)
		}
		files[p.ImportPath] = p.Export
	}
	return files, nil
}

// GoVersion returns the version of the go command on PATH, which builds
// the export data.
func GoVersion(dir string) (string, error) {
	cmd := exec.Command("go", "env", "GOVERSION")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env GOVERSION: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// Archive builds the zip of every package's export data for every target.
// Its comment is the Go version that built it.
func Archive(dir string) ([]byte, error) {
	version, err := GoVersion(dir)
	if err != nil {
		return nil, err
	}
	pkgs := Packages()
	perTarget := make([]map[string]Entry, len(Targets))
	for i, t := range Targets {
		if perTarget[i], err = Export(dir, t, pkgs); err != nil {
			return nil, err
		}
	}
	entries := map[string]Entry{}
	for _, p := range pkgs {
		same := true
		for _, data := range perTarget[1:] {
			same = same && bytes.Equal(data[p].Data, perTarget[0][p].Data) && data[p].Deps == perTarget[0][p].Deps
		}
		if same {
			entries[p] = perTarget[0][p]
			continue
		}
		for i, t := range Targets {
			entries[p+"@"+t.GOOS] = perTarget[i][p]
		}
	}
	return Zip(entries, version)
}

// Zip writes entries in name order, with no time stamps, so that the same
// data always gives the same bytes. They are stored uncompressed: a script
// process then reads a package's data in place, with nothing to inflate
// (git compresses the file in the repository). Each entry's Deps is an
// entry of its own, named with DepsSuffix.
func Zip(entries map[string]Entry, comment string) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := map[string][]byte{}
	for name, e := range entries {
		files[name] = e.Data
		files[name+DepsSuffix] = []byte(e.Deps)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(files[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.SetComment(comment); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, errors.Join(errors.New("writing the export data archive"), err)
	}
	return buf.Bytes(), nil
}
