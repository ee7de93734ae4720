package typecheck

//go:generate go run gen.go

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/binary"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"runtime"
	"slices"
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

// stored is the index of exportData: where the records of its central
// directory start, in name order (the generator writes the entries
// sorted), and the archive's comment, the Go version that wrote it.
// Building it walks the records and allocates nothing per entry (unlike
// zip.NewReader, which costs every script process a fifth of a millisecond
// to index some 600 entries, of which it reads two or three).
type stored struct {
	records []uint32
	version string
}

var archive = sync.OnceValues(func() (stored, error) {
	s, err := index(exportData)
	if err != nil {
		return stored{}, fmt.Errorf("reading the stored export data: %w", err)
	}
	return s, nil
})

// Offsets and signatures of the zip format's records (APPNOTE.TXT 4.3).
const (
	endLen        = 22 // the end of central directory record, without its comment
	centralLen    = 46 // a central directory file header, without its name, extra field and comment
	localLen      = 30 // a local file header, without its name and extra field
	endSig        = 0x06054b50
	centralSig    = 0x02014b50
	localSig      = 0x04034b50
	methodStore   = 0
	errDamagedZip = damaged("a damaged archive")
)

type damaged string

func (d damaged) Error() string { return string(d) }

func le16(b []byte) int { return int(binary.LittleEndian.Uint16(b)) }
func le32(b []byte) int { return int(binary.LittleEndian.Uint32(b)) }

// index reads the central directory of the zip archive data.
func index(data []byte) (stored, error) {
	end := bytes.LastIndex(data, []byte("PK\x05\x06"))
	if end < 0 || len(data)-end < endLen || le32(data[end:]) != endSig {
		return stored{}, errDamagedZip
	}
	n, off, commentLen := le16(data[end+10:]), le32(data[end+16:]), le16(data[end+20:])
	if end+endLen+commentLen != len(data) {
		return stored{}, errDamagedZip
	}
	s := stored{records: make([]uint32, 0, n), version: string(data[end+endLen:])}
	var prev []byte
	for range n {
		if off < 0 || off+centralLen > end || le32(data[off:]) != centralSig {
			return stored{}, errDamagedZip
		}
		name, next := off+centralLen, off+centralLen+le16(data[off+28:])+le16(data[off+30:])+le16(data[off+32:])
		nameEnd := name + le16(data[off+28:])
		if next > end || (prev != nil && bytes.Compare(prev, data[name:nameEnd]) >= 0) {
			return stored{}, errDamagedZip // not in name order, or overlapping
		}
		s.records = append(s.records, uint32(off))
		prev, off = data[name:nameEnd], next
	}
	return s, nil
}

// name returns the name of the entry whose central record starts at off.
func (s stored) name(off uint32) []byte {
	o := int(off)
	return exportData[o+centralLen : o+centralLen+le16(exportData[o+28:])]
}

// names returns the names of every entry.
func (s stored) names() []string {
	out := make([]string, len(s.records))
	for i, off := range s.records {
		out[i] = string(s.name(off))
	}
	return out
}

// find returns the data of the entry with this name, in place (entries
// are stored uncompressed), or false when there is none.
func (s stored) find(name string) ([]byte, bool, error) {
	i, ok := slices.BinarySearchFunc(s.records, name, func(off uint32, name string) int {
		return compareName(s.name(off), name)
	})
	if !ok {
		return nil, false, nil
	}
	rec := exportData[s.records[i]:]
	size, local := le32(rec[24:]), le32(rec[42:])
	if le16(rec[10:]) != methodStore || local+localLen > len(exportData) || le32(exportData[local:]) != localSig {
		return nil, true, fmt.Errorf("reading the export data entry %s: %w", name, errDamagedZip)
	}
	start := local + localLen + le16(exportData[local+26:]) + le16(exportData[local+28:])
	if start+size > len(exportData) {
		return nil, true, fmt.Errorf("reading the export data entry %s: %w", name, errDamagedZip)
	}
	return exportData[start : start+size], true, nil
}

// compareName compares an entry's name with name, as strings.Compare does.
func compareName(b []byte, name string) int {
	for i := range min(len(b), len(name)) {
		if b[i] != name[i] {
			return cmp.Compare(b[i], name[i])
		}
	}
	return cmp.Compare(len(b), len(name))
}

// entryName returns the name of the export data entry of a package for
// this system, and whether there is one.
func entryName(path string) (string, bool) {
	a, err := archive()
	if err != nil || strings.HasSuffix(path, depsSuffix) {
		return "", false
	}
	for _, name := range []string{path + "@" + runtime.GOOS, path} {
		if _, ok, _ := a.find(name); ok {
			return name, true
		}
	}
	return "", false
}

// Has reports whether there is export data for the package with this
// import path.
func Has(path string) bool {
	if path == "unsafe" {
		return true
	}
	_, ok := entryName(path)
	return ok
}

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

// read returns the export data of a package, in place.
func read(path string) ([]byte, error) {
	name, ok := entryName(path)
	if !ok {
		return nil, fmt.Errorf("no export data for %q", path)
	}
	a, _ := archive()
	data, _, err := a.find(name)
	return data, err
}

// readDeps returns what each declaration of a package names (see
// exportgen.Deps).
func readDeps(path string) (string, error) {
	a, err := archive()
	if err != nil {
		return "", err
	}
	name, _ := entryName(path)
	b, ok, err := a.find(name + depsSuffix)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf("no declarations list for %q", path)
	}
	return string(b), nil
}
