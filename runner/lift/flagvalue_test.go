package lift

import (
	"flag"
	"strconv"
	"strings"
	"testing"
)

type testList []string

func (l *testList) String() string { return "[" + strings.Join(*l, " ") + "]" }
func (l *testList) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type testCount int

func (c *testCount) String() string   { return strconv.Itoa(int(*c)) }
func (c *testCount) Set(string) error { *c++; return nil }
func (c *testCount) IsBoolFlag() bool { return true }

// TestFlagValue checks that flag leaves out the default of a value handed
// through FlagValue where it equals what the zero function says, prints
// it where it differs, parses a value with IsBoolFlag without an
// argument, and keeps the script's value first, where the interpreter's
// assertions look.
func TestFlagValue(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	var empty, preset testList
	preset = testList{"a"}
	var c testCount
	listZero := func() string { return new(testList).String() }
	fs.Var(FlagValue("*lift.testList", &empty, listZero), "empty", "")
	fs.Var(FlagValue("*lift.testList", &preset, listZero), "preset", "")
	fs.Var(FlagValue("*lift.testCount", &c, func() string { return new(testCount).String() }), "v", "")
	fs.PrintDefaults()
	got := out.String()
	if strings.Contains(got, "default []") || strings.Contains(got, "default 0") || !strings.Contains(got, "(default [a])") {
		t.Errorf("usage:\n%s", got)
	}
	if err := fs.Parse([]string{"-v", "-v", "-empty", "x"}); err != nil || c != 2 || len(empty) != 1 {
		t.Errorf("Parse: %v, count %d, list %v", err, c, empty)
	}
	if _, ok := fs.Lookup("v").Value.(flagBool[flagSlot1]); !ok {
		t.Errorf("the second type took %T, want the pool's second slot with IsBoolFlag", fs.Lookup("v").Value)
	}
	if iv := fs.Lookup("empty").Value.(flagValue[flagSlot0]).IValue; iv != flag.Value(&empty) {
		t.Errorf("IValue is %v, want the value handed", iv)
	}
}
