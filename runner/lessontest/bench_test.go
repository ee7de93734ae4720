package lessontest_test

import (
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
