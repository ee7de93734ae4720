package gostd

import (
	"flag"
	"io"
	"reflect"
	"testing"
)

// TestFlagValues: the wrapper of a script's flag.Value with IsBoolFlag is
// one, and flag parses it as a boolean, without an argument, where the
// script's method has flag's form and says so, and as any other value
// where it says not or has another form.
func TestFlagValues(t *testing.T) {
	list := MapTypes()[reflect.ValueOf((*_flag_Value)(nil))]
	if len(list) != 1 {
		t.Fatalf("flag.Value's wrappers: %v, want 1", list)
	}
	if !list[0].Implements(reflect.TypeFor[flag.Value]()) {
		t.Errorf("%v is no flag.Value", list[0])
	}
	for _, c := range []struct {
		name   string
		isBool any
		sets   int
		args   []string
	}{
		{"bool", func() bool { return true }, 2, []string{"rest"}},
		{"not bool", func() bool { return false }, 1, []string{"rest"}},
		{"other form", func() string { return "true" }, 1, []string{"rest"}},
	} {
		sets := 0
		v := valueBoolFlag{
			WSet:        func(string) error { sets++; return nil },
			WString:     func() string { return "" },
			WIsBoolFlag: c.isBool,
		}
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Var(v, "v", "verbosity")
		if err := fs.Parse([]string{"-v", "-v", "rest"}); err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if sets != c.sets || !reflect.DeepEqual(fs.Args(), c.args) {
			t.Errorf("%s: Set called %d times, args %q; want %d, %q", c.name, sets, fs.Args(), c.sets, c.args)
		}
	}
	if got := (valueBoolFlag{}).String(); got != "" {
		t.Errorf("String of the zero wrapper = %q, want \"\"", got)
	}
}
