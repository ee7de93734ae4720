package lift

import (
	"fmt"
	"testing"
)

// level and alert stand for a script's types: the interpreter hands
// compiled code a Level as an int and an Alert as a struct with no name.
type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }

type alert struct {
	Msg   string
	Level level
	level level
}

// types describes alert and level as the rewrite's declarations do.
func types() (alertT, levelT, sliceT *Type) {
	levelT, alertT, sliceT = NewType(), NewType(), NewType()
	Define(levelT, "main.Level", true, nil, nil, "", nil, func(v int) string { return level(v).String() }, nil, nil)
	Define(alertT, "main.Alert", true, nil, nil, "Msg Level level", []*Type{nil, levelT, levelT}, nil, nil, nil)
	Define(sliceT, "[]main.Alert", false, alertT, nil, "", nil, nil, nil, nil)
	return
}

// raw is an alert as the interpreter holds it.
type raw struct {
	Msg    string
	Level  int
	Xlevel int
}

func TestShowPrintsWhatGoPrints(t *testing.T) {
	alertT, levelT, sliceT := types()
	ptrT := NewType()
	Define(ptrT, "*main.Alert", false, alertT, nil, "", nil, nil, nil, nil)
	a, r := alert{"disk", 2, 1}, raw{"disk", 2, 1}
	tests := []struct {
		format string
		goArg  any
		shown  any
	}{
		{"%v", a, Show(r, alertT)},
		{"%+v", a, Show(r, alertT)},
		{"%d", a, Show(r, alertT)},
		{"%v", []alert{a}, Show([]raw{r}, sliceT)},
		{"%s|%-6v|%5d|%q|%x", level(1), Show(1, levelT)},
		{"%v", &a, Show(&r, ptrT)},
	}
	for _, tt := range tests {
		args := []any{tt.shown}
		goArgs := []any{tt.goArg}
		if tt.format == "%s|%-6v|%5d|%q|%x" {
			args = []any{tt.shown, tt.shown, tt.shown, tt.shown, tt.shown}
			goArgs = []any{tt.goArg, tt.goArg, tt.goArg, tt.goArg, tt.goArg}
		}
		want := fmt.Sprintf(tt.format, goArgs...)
		if got := fmt.Sprintf(tt.format, args...); got != want {
			t.Errorf("%s: got %q, Go prints %q", tt.format, got, want)
		}
	}
}

// BenchmarkShow prints a struct with a Stringer inside through Show, side
// by side with fmt printing the compiled struct itself.
func BenchmarkShow(b *testing.B) {
	alertT, _, _ := types()
	r, a := raw{"disk", 2, 1}, alert{"disk", 2, 1}
	b.Run("Show", func(b *testing.B) {
		for range b.N {
			_ = fmt.Sprint(Show(r, alertT))
		}
	})
	b.Run("fmt", func(b *testing.B) {
		for range b.N {
			_ = fmt.Sprint(a)
		}
	})
}

// box stands for the interpreter's wrapper of a script's value in an
// interface, which its show function sees through.
type box struct{ r raw }

// TestShowDynamic: the values of an interface type defined with Dynamic go
// through its function, in a slice of any as in the interpreter's slice
// of a script's interface type; what it does not show prints as it is.
func TestShowDynamic(t *testing.T) {
	alertT, _, _ := types()
	anyT, sliceT := NewType(), NewType()
	Dynamic(anyT, "interface {}", func(x any) any {
		switch v := x.(type) {
		case raw:
			return Show(v, alertT)
		case box:
			return Show(v.r, alertT)
		}
		return x
	})
	Define(sliceT, "[]interface {}", false, anyT, nil, "", nil, nil, nil, nil)
	a, r := alert{"disk", 2, 1}, raw{"disk", 2, 1}
	for _, format := range []string{"%v", "%+v"} {
		want := fmt.Sprintf(format, []any{a, 3, nil, a})
		if got := fmt.Sprintf(format, Show([]any{r, 3, nil, box{r}}, sliceT)); got != want {
			t.Errorf("%s: got %q, Go prints %q", format, got, want)
		}
		want = fmt.Sprintf(format, []alert{a})
		if got := fmt.Sprintf(format, Show([]box{{r}}, sliceT)); got != want {
			t.Errorf("%s of the wrappers: got %q, Go prints %q", format, got, want)
		}
	}
}

// cents is a price as the interpreter holds it; centsFormat is the
// script's function that calls its Format method.
type cents int

func centsFormat(c cents, f fmt.State, verb rune) {
	if c < 0 {
		panic("negative")
	}
	w, _ := f.Width()
	fmt.Fprintf(f, "%c$%*d%t", verb, w, int(c), f.Flag('+'))
}

// TestShowCallsFormat: a Type with a Format function (Formats) prints
// through it for every verb, at the top level and inside a struct, a
// slice and a map, with the verb's flags and width, and a panic prints
// as fmt prints it.
func TestShowCallsFormat(t *testing.T) {
	centsT, lineT, mapT := NewType(), NewType(), NewType()
	Define(centsT, "main.Cents", true, nil, nil, "", nil, nil, nil, nil)
	Formats(centsT, centsFormat)
	Define(lineT, "main.Line", true, nil, nil, "Item Price", []*Type{nil, centsT}, nil, nil, nil)
	Define(mapT, "map[string]main.Cents", false, centsT, nil, "", nil, nil, nil, nil)
	type line struct {
		Item  string
		Price cents
	}
	tests := []struct {
		format string
		x      any
		want   string
	}{
		{"%v", Show(cents(5), centsT), "v$5false"},
		{"%+4d", Show(cents(5), centsT), "d$   5true"},
		{"%v", Show(line{"tea", 250}, lineT), "{tea v$250false}"},
		{"%+v", Show(line{"tea", 250}, lineT), "{Item:tea Price:v$250true}"},
		{"%s", Show(map[string]cents{"a": 1}, mapT), "map[a:s$1false]"},
		{"%v", Show(cents(-1), centsT), "%!v(PANIC=Format method: negative)"},
	}
	for _, tt := range tests {
		if got := fmt.Sprintf(tt.format, tt.x); got != tt.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
	if got := Sprintf("%T %v", Show(cents(5), centsT), Show(cents(5), centsT)); got != "main.Cents v$5false" {
		t.Errorf("Sprintf of %%T and %%v = %q, want the name and Format's text", got)
	}
}
