package typecheck

//go:generate go run gen.go

import (
	"archive/zip"
	"bytes"
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"runtime"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

// exportData is the exported API of every compiled package a script may
// import, one zip entry per package (see package exportgen). A package
// whose API differs between systems has an entry PATH@GOOS for each.
//
//go:embed exportdata.zip
var exportData []byte

var archive = sync.OnceValues(func() (map[string]*zip.File, error) {
	zr, err := zip.NewReader(bytes.NewReader(exportData), int64(len(exportData)))
	if err != nil {
		return nil, fmt.Errorf("reading the stored export data: %w", err)
	}
	entries := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		entries[f.Name] = f
	}
	return entries, nil
})

// entry returns the export data entry of a package for this system.
func entry(path string) *zip.File {
	entries, err := archive()
	if err != nil {
		return nil
	}
	if f := entries[path+"@"+runtime.GOOS]; f != nil {
		return f
	}
	return entries[path]
}

// Has reports whether there is export data for the package with this
// import path.
func Has(path string) bool { return path == "unsafe" || entry(path) != nil }

// dataVersion returns the Go version that built the stored export data.
func dataVersion() string {
	zr, err := zip.NewReader(bytes.NewReader(exportData), int64(len(exportData)))
	if err != nil {
		return ""
	}
	return zr.Comment
}

// storedImporter imports packages from the stored export data, reading
// each only when a script first imports it. Packages share one map, so
// that a type reached through two imports is one type.
type storedImporter struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
}

func (s *storedImporter) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p := s.pkgs[path]; p != nil && p.Complete() {
		return p, nil
	}
	data, err := read(path)
	if err != nil {
		return nil, err
	}
	return gcexportdata.Read(bytes.NewReader(data), s.fset, s.pkgs, path)
}

// read returns the export data of a package, in place: entries are stored
// uncompressed.
func read(path string) ([]byte, error) {
	f := entry(path)
	if f == nil {
		return nil, fmt.Errorf("no export data for %q", path)
	}
	off, err := f.DataOffset()
	if err != nil || f.Method != zip.Store || off+int64(f.UncompressedSize64) > int64(len(exportData)) {
		return nil, fmt.Errorf("reading the export data of %q: a damaged entry", path)
	}
	return exportData[off : off+int64(f.UncompressedSize64)], nil
}
