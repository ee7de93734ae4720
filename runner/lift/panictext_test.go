package lift

import (
	"reflect"
	"testing"
)

// diskFull stands for a script's error type, which the interpreter hands
// compiled code as a struct with no name and no methods.
type diskFull struct{ Blocks int }

func TestPanicTextIsGoRuntimes(t *testing.T) {
	errT, ptrT, levelT, codeT, tempT, structT := NewType(), NewType(), NewType(), NewType(), NewType(), NewType()
	Define(errT, "main.DiskFull", true, nil, nil, "Blocks", []*Type{nil}, nil, nil, nil)
	Define(ptrT, "*main.DiskFull", false, errT, nil, "", nil, nil, func(d *diskFull) string { return "disk full" }, nil)
	Define(levelT, "main.Level", true, nil, nil, "", nil, func(l int) string { return "low" }, nil, nil)
	Define(codeT, "main.Code", true, nil, nil, "", nil, nil, nil, nil)
	Define(tempT, "main.Celsius", true, nil, nil, "", nil, nil, nil, nil)
	Define(structT, "main.overflow", true, nil, nil, "depth", []*Type{nil}, nil, nil, nil)
	panicky := NewType()
	Define(panicky, "main.Bad", true, nil, nil, "", nil, func(int) string { panic("no") }, nil, nil)
	tests := []struct {
		name  string
		value any
		t     *Type
		want  string
		ok    bool
	}{
		{"an error's Error", &diskFull{3}, ptrT, "disk full", true},
		{"a Stringer's String", 0, levelT, "low", true},
		{"a named int", 404, codeT, "main.Code(404)", true},
		{"a named float, as the runtime spells it", -2.5, tempT, "main.Celsius(-2.5)", true},
		{"a struct: its name and fields", struct{ Xdepth int }{3}, structT, "(main.overflow) {depth:3}", true},
		{"a method that panics", 1, panicky, "", false},
	}
	for _, tt := range tests {
		show := func(x any) any { return Show(x, tt.t) }
		panicShows.fns = []reflect.Value{reflect.ValueOf(show)}
		got, ok := PanicText(reflect.ValueOf(tt.value), nil)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: PanicText = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
	panicShows.fns = []reflect.Value{reflect.ValueOf(func(any) any { panic("interpreter") })}
	if got, ok := PanicText(reflect.ValueOf(&diskFull{3}), nil); ok {
		t.Errorf("a function of the file's that panics: PanicText = %q, true", got)
	}
	panicShows.fns = nil
	if got, ok := PanicText(Int_1(5), func(n string) string { return map[string]string{"lift.Int_1": "main.Code"}[n] }); got != "main.Code(5)" || !ok {
		t.Errorf("a pooled type: PanicText = %q, %v; want main.Code(5)", got, ok)
	}
	if _, ok := PanicText("plain", nil); ok {
		t.Errorf("a string of Go's: PanicText claims it")
	}
}

func TestRepanickedIsTheValueRecovered(t *testing.T) {
	v := Recovered(&diskFull{1})
	if !Repanicked(reflect.ValueOf(v)) {
		t.Errorf("the value Recovered returned, raised again: not repanicked")
	}
	if Repanicked(&diskFull{1}) {
		t.Errorf("another value of the same fields: repanicked")
	}
	done := make(chan bool)
	go func() { done <- Repanicked(v) }()
	if <-done {
		t.Errorf("the value raised on another goroutine: repanicked")
	}
}
