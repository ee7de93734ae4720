package lessontest_test

import (
	"path/filepath"
	"testing"

	"github.com/socklab/socklab/runner/lessontest"
)

// The wall time of the whole lesson suite (every test under scripts/),
// with one test at a time and with two.
func BenchmarkSuiteJ1(b *testing.B) { benchmarkSuite(b, 1) }
func BenchmarkSuiteJ2(b *testing.B) { benchmarkSuite(b, 2) }

func benchmarkSuite(b *testing.B, jobs int) {
	lessons, err := lessontest.Find("../../scripts")
	if err != nil {
		b.Fatal(err)
	}
	tests := lessontest.Tests(lessons)
	if len(tests) == 0 {
		b.Skip("no lesson tests under scripts/")
	}
	h, err := lessontest.New(lessontest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Close()
	for b.Loop() {
		for _, r := range h.RunAll(tests, jobs, nil) {
			if r.Status == lessontest.Failed {
				b.Fatalf("%s failed:\n%s", r.Test.FullName(), r.Output)
			}
		}
	}
	b.ReportMetric(float64(len(tests)), "tests/op")
}

// BenchmarkIsolation runs a test of one short program, over and over, in
// each way the harness keeps tests apart: what a test costs on top of its
// programs, the namespace's process included.
//
//	go test ./runner/lessontest -run '^$' -bench Isolation -benchtime 50x
func BenchmarkIsolation(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "lesson")
	writeTree(b, dir, greeter+`
-- tests/short.txtar --
exec socklab run short.go
stdout '^done$'
-- short.go --
//go:build ignore

package main

import "fmt"

func main() { fmt.Println("done") }
`)
	lessons, err := lessontest.Find(dir)
	if err != nil {
		b.Fatal(err)
	}
	tests := lessontest.Tests(lessons)
	for _, w := range []struct {
		name string
		opts lessontest.Options
	}{
		{"namespace", lessontest.Options{}},
		{"loopback address", lessontest.Options{NoNamespace: true}},
	} {
		b.Run(w.name, func(b *testing.B) {
			h, err := lessontest.New(w.opts)
			if err != nil {
				b.Fatal(err)
			}
			defer h.Close()
			if !w.opts.NoNamespace && h.Note() != "" {
				b.Skip(h.Note())
			}
			for b.Loop() {
				if r := h.Run(tests[0]); r.Status != lessontest.Passed {
					b.Fatalf("%s\n%s", r.Status, r.Output)
				}
			}
		})
	}
}
