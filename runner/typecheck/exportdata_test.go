package typecheck

import (
	"archive/zip"
	"bytes"
	"go/token"
	"go/types"
	"io"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/typecheck/exportgen"
	"github.com/socklab/socklab/stdlib"
	"golang.org/x/tools/go/gcexportdata"
)

// TestExportDataIsFresh fails when exportdata.zip no longer matches what
// scripts may import, the toolchain, or the API of socklab's helper
// packages: run go generate ./runner/typecheck.
func TestExportDataIsFresh(t *testing.T) {
	const regen = "exportdata.zip is stale: run go generate ./runner/typecheck"
	if v := dataVersion(); v != runtime.Version() {
		t.Errorf("built by %s, the toolchain is %s: %s", v, runtime.Version(), regen)
	}
	a, err := archive()
	if err != nil {
		t.Fatal(err)
	}
	var stored []string
	for _, name := range a.names() {
		if strings.HasSuffix(name, exportgen.DepsSuffix) {
			continue
		}
		name, _, _ = strings.Cut(name, "@")
		stored = append(stored, name)
	}
	slices.Sort(stored)
	stored = slices.Compact(stored)
	if want := exportgen.Packages(); !slices.Equal(stored, want) {
		t.Errorf("holds packages %v, scripts may import %v: %s", stored, want, regen)
	}

	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to check the helper packages' export data against")
	}
	var helpers []string
	for key := range stdlib.Symbols {
		helpers = append(helpers, key[:strings.LastIndex(key, "/")])
	}
	target := exportgen.Targets[0]
	for _, tg := range exportgen.Targets {
		if tg.GOOS == runtime.GOOS {
			target = tg
		}
	}
	fresh, err := exportgen.Export(".", target, helpers)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range helpers {
		if !bytes.Equal(readEntry(t, p), fresh[p].Data) || deps(t, p) != fresh[p].Deps {
			t.Errorf("the API of %s changed: %s", p, regen)
		}
	}
}

// TestExportDataIsSelfContained reads each package's export data alone:
// a script's import reads only the entry of the package it names.
func TestExportDataIsSelfContained(t *testing.T) {
	for _, p := range exportgen.Packages() {
		pkg, err := gcexportdata.Read(bytes.NewReader(readEntry(t, p)), token.NewFileSet(), map[string]*types.Package{}, p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if !pkg.Complete() || pkg.Path() != p {
			t.Errorf("%s: read as %s, complete=%v", p, pkg.Path(), pkg.Complete())
		}
	}
}

func readEntry(t *testing.T, path string) []byte {
	t.Helper()
	b, err := read(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDepsSuffix(t *testing.T) {
	if depsSuffix != exportgen.DepsSuffix {
		t.Errorf("depsSuffix is %q, the generator writes %q", depsSuffix, exportgen.DepsSuffix)
	}
}

func deps(t *testing.T, path string) string {
	t.Helper()
	d, err := readDeps(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestIndexAgreesWithZip reads every entry through the index and through
// archive/zip: the same names, the same bytes.
func TestIndexAgreesWithZip(t *testing.T) {
	zr, err := zip.NewReader(bytes.NewReader(exportData), int64(len(exportData)))
	if err != nil {
		t.Fatal(err)
	}
	a, err := archive()
	if err != nil {
		t.Fatal(err)
	}
	if a.version != zr.Comment {
		t.Errorf("version %q, the zip's comment %q", a.version, zr.Comment)
	}
	if len(a.records) != len(zr.File) {
		t.Fatalf("%d entries indexed, the zip has %d", len(a.records), len(zr.File))
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		want, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := a.find(f.Name)
		if !ok || err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: found=%v err=%v, %d bytes where the zip has %d", f.Name, ok, err, len(got), len(want))
		}
	}
	if _, ok, _ := a.find("no/such/package"); ok {
		t.Error("found an entry that is not there")
	}
}

// TestIndexRefusesDamage: a cut or reordered archive is an error, not a
// panic or a wrong entry.
func TestIndexRefusesDamage(t *testing.T) {
	swapped := bytes.Clone(exportData)
	a, _ := archive()
	// Swap the first letters of two entries' names in the central directory.
	first, last := int(a.records[0])+centralLen, int(a.records[len(a.records)-1])+centralLen
	swapped[first], swapped[last] = swapped[last], swapped[first]
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"cut in the end record", exportData[:len(exportData)-5]},
		{"cut before the central directory", exportData[:len(exportData)/2]},
		{"names out of order", swapped},
	} {
		if _, err := index(tc.data); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}
