package gostd

import (
	"fmt"
	"reflect"
	"testing"
)

// TestScanningFunctions: each of fmt's functions that scan hands the
// interpreter's wrapper of fmt.Scanner to fmt, so that a Scan method of
// the script's is called by Fscan and Sscan as by Scan.
func TestScanningFunctions(t *testing.T) {
	m := MapTypes()
	for name, fn := range map[string]any{
		"Scan": fmt.Scan, "Scanf": fmt.Scanf, "Scanln": fmt.Scanln,
		"Fscan": fmt.Fscan, "Fscanf": fmt.Fscanf, "Fscanln": fmt.Fscanln,
		"Sscan": fmt.Sscan, "Sscanf": fmt.Sscanf, "Sscanln": fmt.Sscanln,
	} {
		list := m[reflect.ValueOf(fn)]
		if len(list) != 1 || list[0] != reflect.TypeFor[fmt.Scanner]() {
			t.Errorf("fmt.%s: %v, want [fmt.Scanner]", name, list)
		}
	}
}

// TestAppendFunctions: fmt's Append functions hand fmt the interpreter's
// wrappers of fmt.Formatter and fmt.Stringer, as its Print functions do.
func TestAppendFunctions(t *testing.T) {
	m := MapTypes()
	want := m[reflect.ValueOf(fmt.Sprint)]
	for name, fn := range map[string]any{"Append": fmt.Append, "Appendf": fmt.Appendf, "Appendln": fmt.Appendln} {
		if got := m[reflect.ValueOf(fn)]; !reflect.DeepEqual(got, want) {
			t.Errorf("fmt.%s: %v, want %v as fmt.Sprint's", name, got, want)
		}
	}
}
