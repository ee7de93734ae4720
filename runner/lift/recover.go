package lift

import (
	"reflect"
	"runtime"
	"strings"

	"github.com/socklab/socklab/runner/diag"
)

// Package is the import path under which rewritten source finds the
// functions of this package that scripts call (see runner/rewrite); the
// script process gives the interpreter a symbol table for it.
const Package = "socklab/lift"

// Recovered is what recover() returns to a script: the value the panic
// carried, as Go's recover returns it. The interpreter's recover returns a
// panic of the script's own (panic(x)) as a reflect.Value holding x, which
// prints as x but asserts to no type (r.(error) and r.(string) fail), and
// some of Go's runtime errors as reflect's messages: a call of a nil func
// or method, a dereference of a nil pointer, make with a negative size.
// The rewrite of recover() calls (runner/rewrite) hands the value to
// Recovered first. (Index and slice errors get Go's detail from the marked
// source, runner/diag, or, where a recover could see the panic and the
// marks cannot detail it, from the checks the rewrite adds, see Index;
// where neither can, socklab refuses to show what recover returns,
// runner/refuse.) What it returns is noted for the goroutine, so that a
// report of the same value raised again says so, as Go's (see PanicText).
func Recovered(v any) any {
	r := recoveredValue(v)
	noteRecovered(r)
	return r
}

// Restored is what the rewrite's function that gives a recovered value of
// the script's type back (pass recover) returns: v, that value converted
// to error or fmt.Stringer in the interpreter, which keeps it in a
// wrapper with its methods. It is noted as what recover returned, in
// place of the bare value Recovered noted, so that a panic with it again
// is marked as Go marks it.
func Restored(v any) any {
	noteRecovered(v)
	return v
}

func recoveredValue(v any) any {
	if p, ok := recovered(v); ok {
		v = p // the panic of an earlier deferred call (see Defers), or of the function that deferred a value (see Deferred)
	}
	for {
		rv, ok := v.(reflect.Value)
		if !ok {
			break
		}
		if !rv.IsValid() || !rv.CanInterface() {
			return nil
		}
		v = rv.Interface()
	}
	g, placed := diag.Recovered(v)
	if e, ok := v.(runtime.Error); ok {
		return namedMarks(e) // Go's own, raised by compiled code (see Index)
	}
	if placed {
		return g // Go's runtime error, with the detail the marks saved
	}
	var msg string
	switch x := v.(type) {
	case *reflect.ValueError:
		return goError(nilDeref)
	case string:
		msg = x
	default:
		return v
	}
	switch {
	case msg == "reflect.Value.Call: call of nil function", msg == "reflect: Method on nil interface value",
		strings.HasPrefix(msg, "reflect: call of reflect.Value.") && strings.HasSuffix(msg, " on zero Value"):
		return goError(nilDeref)
	case msg == "reflect.MakeSlice: negative len":
		return goError(func() { n := -1; _ = make([]int, n) })
	case msg == "reflect.MakeSlice: negative cap", msg == "reflect.MakeSlice: len > cap":
		return goError(func() { n := -1; _ = make([]int, 0, n) })
	case msg == "reflect.MakeChan: negative buffer size":
		return goError(func() { n := -1; _ = make(chan int, n) })
	}
	return v
}

// namedMarks returns e, a runtime error of Go's, with each struct type of
// the script that its message spells as the interpreter's runtime type,
// marked by runner/rewrite (pass structmark), named as Go names it:
// comparing uncomparable type main.S, where the interpreter's type spelt
// struct { L []int "socklab:\"main.S\"" }; and so a type that
// NameUncomparable names (map[string]bool for main.Set). Go's runtime.errorString
// is remade with the new text; the error of looking such a key up in an
// empty map, another type of the runtime's, which holds the type itself,
// becomes a RuntimeError of Go's text (hash of unhashable type: main.S).
func namedMarks(e runtime.Error) any {
	msg := e.Error()
	named := diag.NameUncomparables(diag.NameMarked(msg))
	if named == msg {
		return e
	}
	rv := reflect.ValueOf(e)
	if rv.Kind() == reflect.String {
		if text := strings.TrimPrefix(named, "runtime error: "); text != named {
			s := reflect.New(rv.Type()).Elem()
			s.SetString(text)
			return s.Interface()
		}
		return e
	}
	if strings.HasPrefix(named, "hash of unhashable type: ") {
		// A lookup's or a delete's in an empty map (an assignment's is
		// the other, see AssignKey): Go's error of its own type, which
		// holds the runtime type it names, so the script's name goes in
		// an error of lift's with Go's text.
		return RuntimeError(named)
	}
	return e
}

func nilDeref() {
	var p *int
	_ = *p
}

// goError runs f, which fails as the script did, and returns Go's runtime
// error for it.
func goError(f func()) (err any) {
	defer func() {
		if e, ok := recover().(runtime.Error); ok {
			err = e
		}
	}()
	f()
	return nil
}

// NameUncomparable names the runtime type of the values that types holds,
// a nil slice of a type of the script that is not comparable
// ([]Set(nil)), name (main.Set) in the runtime errors of comparing and
// hashing one (see diag.NameUncomparable), as rewritten source declares
// it (pass uncomparable).
func NameUncomparable(name string, types any) any {
	if t := reflect.TypeOf(types); t != nil && t.Kind() == reflect.Slice {
		diag.NameUncomparable(t.Elem(), name)
	}
	return nil
}
