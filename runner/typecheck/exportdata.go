package typecheck

//go:generate go run gen.go

import (
	"archive/zip"
	"bytes"
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

// exportData is the exported API of every compiled package a script may
// import, one zip entry per package (see package exportgen). A package
// whose API differs between systems has an entry PATH@GOOS for each.
//
//go:embed exportdata.zip
var exportData []byte

// depsSuffix ends the name of the entry that lists what each declaration
// of a package names (exportgen.DepsSuffix; the generator is not linked
// into socklab).
const depsSuffix = ".deps"

// stored is the index of exportData.
type stored struct {
	entries map[string]*zip.File
	version string // of the Go toolchain that wrote it
}

var archive = sync.OnceValues(func() (stored, error) {
	zr, err := zip.NewReader(bytes.NewReader(exportData), int64(len(exportData)))
	if err != nil {
		return stored{}, fmt.Errorf("reading the stored export data: %w", err)
	}
	entries := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		entries[f.Name] = f
	}
	return stored{entries, zr.Comment}, nil
})

// entry returns the export data entry of a package for this system.
func entry(path string) *zip.File {
	a, err := archive()
	if err != nil || strings.HasSuffix(path, depsSuffix) {
		return nil
	}
	if f := a.entries[path+"@"+runtime.GOOS]; f != nil {
		return f
	}
	return a.entries[path]
}

// Has reports whether there is export data for the package with this
// import path.
func Has(path string) bool { return path == "unsafe" || entry(path) != nil }

// dataVersion returns the Go version that built the stored export data.
func dataVersion() string {
	a, _ := archive()
	return a.version
}

// storedImporter imports packages from the stored export data, reading
// each only when a script first imports it. Packages share one map, so
// that a type reached through two imports is one type.
type storedImporter struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
	// want, if not nil, holds the members to read of each package (see
	// narrow): a package is then incomplete, fit only for the script.
	want   map[string]map[string]bool
	failed error // the first import that failed
}

func (s *storedImporter) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p := s.pkgs[path]; p != nil && p.Complete() {
		return p, nil
	}
	data, err := read(path)
	if err == nil {
		if names := s.want[path]; names != nil {
			var deps string
			if deps, err = readDeps(path); err == nil {
				data, err = narrow(data, names, deps)
			}
		}
	}
	var p *types.Package
	if err == nil {
		// A LimitedReader tells Read the size, so it copies the data once.
		in := &io.LimitedReader{R: bytes.NewReader(data), N: int64(len(data))}
		p, err = gcexportdata.Read(in, s.fset, s.pkgs, path)
	}
	if err != nil && s.failed == nil {
		s.failed = err
	}
	return p, err
}

// read returns the export data of a package, in place: entries are stored
// uncompressed.
func read(path string) ([]byte, error) {
	f := entry(path)
	if f == nil {
		return nil, fmt.Errorf("no export data for %q", path)
	}
	return inPlace(f)
}

// readDeps returns what each declaration of a package names (see
// exportgen.Deps).
func readDeps(path string) (string, error) {
	a, err := archive()
	if err != nil {
		return "", err
	}
	f := a.entries[entry(path).Name+depsSuffix]
	if f == nil {
		return "", fmt.Errorf("no declarations list for %q", path)
	}
	b, err := inPlace(f)
	return string(b), err
}

func inPlace(f *zip.File) ([]byte, error) {
	off, err := f.DataOffset()
	if err != nil || f.Method != zip.Store || off+int64(f.UncompressedSize64) > int64(len(exportData)) {
		return nil, fmt.Errorf("reading the export data entry %s: a damaged entry", f.Name)
	}
	return exportData[off : off+int64(f.UncompressedSize64)], nil
}
