package lessontest_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
)

// sampleResults are one passing, one failing and one skipped test of two
// lessons.
func sampleResults() []lessontest.Result {
	hello := &lessontest.Lesson{Name: "01-hello", Tests: []string{"hello", "wire"}}
	proto := &lessontest.Lesson{Name: "03-protocol", Tests: []string{"framing"}}
	return []lessontest.Result{
		{Test: lessontest.Test{Lesson: hello, Name: "hello"}, Status: lessontest.Passed, Elapsed: 310 * time.Millisecond,
			Output: "> exec socklab run client.go\nPASS\n"},
		{Test: lessontest.Test{Lesson: hello, Name: "wire"}, Status: lessontest.Skipped, Elapsed: time.Millisecond, Reason: "python3 is not installed"},
		{Test: lessontest.Test{Lesson: proto, Name: "framing"}, Status: lessontest.Failed, Elapsed: 1200 * time.Millisecond,
			Output: "> stdout 'Hello'\nFAIL: framing.txtar:3: no match for `Hello` found in stdout\n",
			Hint:   "the client reads a line:\nend the greeting with \\n"},
	}
}

func TestTextReport(t *testing.T) {
	tests := []struct {
		name    string
		verbose bool
		want    string
	}{{
		name: "quiet",
		want: `ok    01-hello/hello (0.31s)
skip  01-hello/wire (python3 is not installed)
FAIL  03-protocol/framing (1.20s)
    > stdout 'Hello'
    FAIL: framing.txtar:3: no match for ` + "`Hello`" + ` found in stdout
    hint: the client reads a line:
          end the greeting with \n
1 passed, 1 failed, 1 skipped
`,
	}, {
		name:    "verbose",
		verbose: true,
		want: `ok    01-hello/hello (0.31s)
    > exec socklab run client.go
    PASS
skip  01-hello/wire (python3 is not installed)
FAIL  03-protocol/framing (1.20s)
    > stdout 'Hello'
    FAIL: framing.txtar:3: no match for ` + "`Hello`" + ` found in stdout
    hint: the client reads a line:
          end the greeting with \n
1 passed, 1 failed, 1 skipped
`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			r := lessontest.TextReport{W: &b, Verbose: tt.verbose}
			results := sampleResults()
			for _, res := range results {
				r.Result(res)
			}
			r.Summary(lessontest.Summarize(results))
			if b.String() != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tt.want)
			}
		})
	}
}

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		s    lessontest.Summary
		want string
	}{
		{lessontest.Summary{Passed: 3}, "3 passed, 0 failed"},
		{lessontest.Summary{Passed: 1, Failed: 2}, "1 passed, 2 failed"},
		{lessontest.Summary{Failed: 1, Skipped: 4}, "0 passed, 1 failed, 4 skipped"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	for _, r := range sampleResults() {
		if err := lessontest.WriteJSON(&b, r); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	want := []lessontest.JSONResult{
		{Lesson: "01-hello", Test: "hello", Status: "passed", Seconds: 0.31},
		{Lesson: "01-hello", Test: "wire", Status: "skipped", Seconds: 0.001, Reason: "python3 is not installed"},
		{Lesson: "03-protocol", Test: "framing", Status: "failed", Seconds: 1.2, Output: sampleResults()[2].Output, Hint: sampleResults()[2].Hint},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), b.String())
	}
	for i, line := range lines {
		var got lessontest.JSONResult
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		if got != want[i] {
			t.Errorf("line %d: got %+v, want %+v", i+1, got, want[i])
		}
	}
}

func TestJUnit(t *testing.T) {
	var b bytes.Buffer
	if err := lessontest.WriteJUnit(&b, sampleResults()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Skipped  int `xml:"skipped,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Time     string `xml:"time,attr"`
			Cases    []struct {
				Class   string `xml:"classname,attr"`
				Name    string `xml:"name,attr"`
				Failure *struct {
					Text string `xml:",chardata"`
				} `xml:"failure"`
				Skipped *struct {
					Message string `xml:"message,attr"`
				} `xml:"skipped"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, b.String())
	}
	if doc.Tests != 3 || doc.Failures != 1 || doc.Skipped != 1 {
		t.Errorf("totals: %d tests, %d failures, %d skipped; want 3, 1, 1", doc.Tests, doc.Failures, doc.Skipped)
	}
	if len(doc.Suites) != 2 || doc.Suites[0].Name != "01-hello" || doc.Suites[1].Name != "03-protocol" {
		t.Fatalf("suites: %+v", doc.Suites)
	}
	hello, proto := doc.Suites[0], doc.Suites[1]
	if hello.Tests != 2 || hello.Failures != 0 || hello.Time != "0.311" {
		t.Errorf("01-hello: %d tests, %d failures, time %s; want 2, 0, 0.311", hello.Tests, hello.Failures, hello.Time)
	}
	if c := hello.Cases[1]; c.Name != "wire" || c.Skipped == nil || c.Skipped.Message != "python3 is not installed" {
		t.Errorf("01-hello/wire: %+v", c)
	}
	if c := proto.Cases[0]; c.Class != "03-protocol" || c.Name != "framing" || c.Failure == nil || c.Failure.Text != sampleResults()[2].Output+"hint: the client reads a line:\n      end the greeting with \\n\n" {
		t.Errorf("03-protocol/framing: %+v", c)
	}
}
