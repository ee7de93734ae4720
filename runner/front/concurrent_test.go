package front_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/script"
)

// TestFrontsAtOnce does the front end's work on every lesson program and
// every program of the differential corpus, once
// alone and then all at once, as a supervisor that runs a class's tests
// does, and checks that each reads back the same: the work keeps no state
// of one script where another's could change it.
func TestFrontsAtOnce(t *testing.T) {
	files, err := filepath.Glob("../../scripts/*/*.go")
	if err != nil {
		t.Fatal(err)
	}
	corpus, err := filepath.Glob("../difftest/testdata/*/main.go")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, corpus...)
	var progs []string
	for _, f := range files {
		if filepath.Base(f) != "course.go" && filepath.Ext(f) == ".go" && !isTest(f) {
			progs = append(progs, f)
		}
	}
	if len(progs) < 100 {
		t.Fatalf("found %d programs, want the course's and the corpus's", len(progs))
	}
	work := func(path string, hints bool) string {
		var buf bytes.Buffer
		script.Front(script.Options{Path: path, Display: filepath.Base(path)}, hints, &buf)
		r := front.NewReader(&buf)
		src, err := r.Source()
		if err != nil {
			return fmt.Sprintf("source: %v", err)
		}
		rw, err := r.Rewrite()
		if err != nil && src.Err == "" {
			return fmt.Sprintf("rewrite: %v", err)
		}
		facts := map[string]string{}
		for path, b := range rw.Facts {
			var fs diag.Facts
			if err := fs.UnmarshalBinary(b); err != nil {
				return fmt.Sprintf("facts of %s: %v", path, err)
			}
			facts[path] = fmt.Sprint(fs) // fmt sorts the map inside
		}
		rw.Facts = nil
		return fmt.Sprintf("%#v\n%#v\n%v", src, rw, facts)
	}
	alone := map[string]string{}
	for i, p := range progs {
		alone[p] = work(p, i%2 == 0)
	}
	var wg sync.WaitGroup
	together := make([]string, len(progs))
	for i, p := range progs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			together[i] = work(p, i%2 == 0)
		}()
	}
	wg.Wait()
	for i, p := range progs {
		if !reflect.DeepEqual(together[i], alone[p]) {
			t.Errorf("%s: the work done beside the others differs from the work done alone:\n%s\nalone:\n%s", p, together[i], alone[p])
		}
	}
}

func isTest(path string) bool {
	return len(path) > 8 && path[len(path)-8:] == "_test.go"
}
