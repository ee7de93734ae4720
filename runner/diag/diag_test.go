package diag_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/diag"
)

func TestPlainRewritesInterpreterWording(t *testing.T) {
	tests := []struct{ in, want string }{
		{"reflect: slice index out of range", "index out of range: the index is not smaller than the length of the slice"},
		{"reflect: string index out of range", "index out of range: the index is not smaller than the length of the string"},
		{"reflect.Value.Slice: slice index out of bounds", "slice bounds out of range: a bound is past the length of the slice or string"},
		{"runtime error: integer divide by zero", "integer divide by zero"},
		{"reflect: call of reflect.Value.Interface on zero Value", "a nil value was used (a variable that was never set, or a missing result?)"},
		{"reflect: Method on nil interface value", "invalid memory address or nil pointer dereference"},
		{"reflect: cannot convert slice with length 2 to array with length 4", "cannot convert slice with length 2 to array or pointer to array with length 4"},
		{"reflect: cannot convert slice with length 1 to pointer to array with length 4", "cannot convert slice with length 1 to array or pointer to array with length 4"},
		{"something else entirely", "something else entirely"},
	}
	for _, tt := range tests {
		if got := diag.Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

const src = `package main

func main() {
	a := []int{1}
	b := a[0]
	c := a[1:5]
	d := b / len(c)
	_ = d
}

func other(x []int) int {
	return x[2]
}
`

func TestLocateNarrowsToTheFailingKind(t *testing.T) {
	tests := []struct {
		line int
		msg  string
		want []int
	}{
		{4, "slice bounds out of range", []int{6}},
		{4, "integer divide by zero", []int{7}},
		{4, "index out of range", []int{5}},
		{12, "index out of range", []int{12}},       // in the other function
		{4, "connect to 127.0.0.1:1: refused", nil}, // no such call in main
	}
	for _, tt := range tests {
		got := diag.Locate([]byte(src), tt.line, tt.msg)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Locate(line %d, %q) = %v, want %v", tt.line, tt.msg, got, tt.want)
		}
	}
}

func TestLocateSkipsCallsOnOtherAddresses(t *testing.T) {
	src := `package main

func main() {
	a := sock.Listen("127.0.0.1:0")
	sock.Listen(a.Addr().String())
}
`
	got := diag.Locate([]byte(src), 4, "listen on 127.0.0.1:4242: address already in use")
	if !slices.Equal(got, []int{5}) {
		t.Errorf("Locate = %v, want [5]: the literal 127.0.0.1:0 is another address", got)
	}
}

func TestReportQuotesTheLine(t *testing.T) {
	source := func(file string) []byte {
		if file != "main.go" {
			t.Errorf("Report read %q, want main.go", file)
		}
		return []byte(src)
	}
	got := diag.Report("main.go:4:2", "slice bounds out of range", false, source)
	want := "main.go:6: panic: slice bounds out of range\n     6 | c := a[1:5]"
	if got != want {
		t.Errorf("Report =\n%s\nwant\n%s", got, want)
	}
	if r := diag.Report("", "boom", false, source); r != "panic: boom" {
		t.Errorf("Report without a position = %q", r)
	}
}

// TestReportIndentsLines: each line of a panic's text after the first
// comes after a tab, as Go's runtime prints it; a Failure, which
// is no panic, as it is.
func TestReportIndentsLines(t *testing.T) {
	source := func(string) []byte { return []byte("package main\n\nfunc main() {\n\tpanic(err)\n}\n") }
	got := diag.Report(diag.Exact("main.go:4:2"), "a\nb\nc", false, source)
	if !strings.HasPrefix(got, "main.go:4:2: panic: a\n\tb\n\tc\n     4 | panic(err)") {
		t.Errorf("Report =\n%s", got)
	}
	if got := diag.Report("", "x\ny", true, source); got != "x\ny" {
		t.Errorf("Report of a failure = %q", got)
	}
}

func TestIsFailure(t *testing.T) {
	if diag.IsFailure(errors.New("plain")) {
		t.Error("a plain error is not a helper failure")
	}
	if !diag.IsFailure(failure{}) {
		t.Error("a Failure is one")
	}
}

type failure struct{}

func (failure) Error() string  { return "peer went away" }
func (failure) HelperFailure() {}

// TestNameTypes checks that a message names the script's type where the
// interpreter names the compiled type that stands for it.
func TestNameTypes(t *testing.T) {
	diag.NameTypes(map[string]string{"lift.Float64_1": "main.Celsius", "lift.Uint8_2": "main.Kind"})
	defer diag.NameTypes(nil)
	got := diag.Plain("interface conversion: interface {} is lift.Uint8_2, not lift.Float64_1")
	if want := "interface conversion: the value is main.Kind, not main.Celsius"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}
