package script

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/frontcache"
)

// frontWork returns what Front writes for the script at path.
func frontWork(t *testing.T, path string) []byte {
	t.Helper()
	var b bytes.Buffer
	Front(Options{Path: path, Display: "main.go"}, false, &b)
	return b.Bytes()
}

// sameWork reports whether two runs of the front end wrote the same work,
// read back as the script process reads it (the order of a map's entries
// is not the work's).
func sameWork(t *testing.T, a, b []byte) bool {
	t.Helper()
	read := func(data []byte) (front.Source, front.Rewrite) {
		r := front.NewReader(bytes.NewReader(data))
		src, err := r.Source()
		if err != nil {
			t.Fatal(err)
		}
		rw, err := r.Rewrite()
		if err != nil {
			t.Fatal(err)
		}
		return src, rw
	}
	srcA, rwA := read(a)
	srcB, rwB := read(b)
	facts := func(rw *front.Rewrite) map[string]*diag.Facts {
		out := map[string]*diag.Facts{}
		for path, b := range rw.Facts {
			fs := &diag.Facts{}
			if err := fs.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			out[path] = fs
		}
		rw.Facts = nil
		return out
	}
	factsA, factsB := facts(&rwA), facts(&rwB)
	return reflect.DeepEqual(srcA, srcB) && reflect.DeepEqual(rwA, rwB) && reflect.DeepEqual(factsA, factsB)
}

// cachedWork returns what FrontCached writes for the script at path, with
// cache c, whether it took it from c, and whether it stored it there.
func cachedWork(t *testing.T, c *frontcache.Cache, path string) (work []byte, found, stored bool) {
	t.Helper()
	entries := func() int {
		es, err := os.ReadDir(c.Dir())
		if err != nil {
			t.Fatal(err)
		}
		return len(es)
	}
	before := entries()
	var b bytes.Buffer
	found = FrontCached(Options{Path: path, Display: "main.go"}, false, &b, c, []byte("socklab 1"))
	return b.Bytes(), found, entries() > before
}

// TestFrontCached checks that the work a rerun takes from the cache is the
// work Front does, that an edit of the script is seen at once, and that
// the work on a script that reads other files, or fails, is not kept.
func TestFrontCached(t *testing.T) {
	dir := t.TempDir()
	c, err := frontcache.Open(filepath.Join(dir, "cache"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, src string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// A loop whose closures the rewrite gives a variable each: work that
	// changes the file.
	loop := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar fs []func()\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() { fmt.Println(i) })\n\t}\n\tfor _, f := range fs {\n\t\tf()\n\t}\n}\n"
	main := write("main.go", loop)
	want := frontWork(t, main)
	if !bytes.Contains(want, []byte("i := i")) {
		t.Fatalf("the front end wrote no rewritten file: %q", want)
	}
	first, found, stored := cachedWork(t, c, main)
	if found || !stored || !sameWork(t, first, want) {
		t.Fatalf("first run: found %v, stored %v, work %q; want the work done and stored, %q", found, stored, first, want)
	}
	got, found, _ := cachedWork(t, c, main)
	if !found || !bytes.Equal(got, first) {
		t.Fatalf("rerun: found %v, work %q; want the stored work, %q", found, got, first)
	}
	write("main.go", loop+"\nvar edited = 1\n")
	want = frontWork(t, main)
	if got, found, stored = cachedWork(t, c, main); found || !stored || !sameWork(t, got, want) || sameWork(t, got, first) {
		t.Fatalf("after an edit: found %v, stored %v, work %q; want the new work done and stored, %q", found, stored, got, want)
	}
	for name, src := range map[string]string{
		"a compile error":  "package main\n\nfunc main() { x := 1 }\n",
		"a local package":  "package main\n\nimport \"example.com/game\"\n\nfunc main() { game.Play() }\n",
		"an embedded file": "package main\n\nimport _ \"embed\"\n\n//go:embed data.txt\nvar data string\n\nfunc main() { println(data) }\n",
	} {
		write("game/game.go", "package game\n\nfunc Play() {}\n")
		write("data.txt", "data\n")
		path := write("other.go", src)
		for range 2 {
			if got, found, stored := cachedWork(t, c, path); found || stored || len(got) == 0 {
				t.Errorf("%s: found %v, stored %v, work %q; want the work done each time, never stored", name, found, stored, got)
			}
		}
	}
}
