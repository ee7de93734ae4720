package lift

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/petermattis/goid"
)

// A panic that no recover stops ends a Go program with the panic's value
// on standard error as the runtime prints it: an error's Error, a
// Stringer's String, a value of a named basic type with its type
// (main.Code(5)), any other value as its type and address
// ((main.overflow) 0xc000012345), and " [recovered, repanicked]" after a
// value that a deferred call recovered and raised again. The interpreter
// panics with a value of its own making, which carries no name and no
// methods, so socklab's report printed its fields ({3}, &{7}). The rewrite
// (pass printing) hands each file that panics with a value that may hold
// a type of the script its function that finds those types in an
// interface (ShowPanics), and the report asks PanicText.

// panicShows are the files' functions that hand a value to Show as its
// type of the script, or return it as it is (see ShowPanics).
var panicShows struct {
	sync.Mutex
	fns []reflect.Value
}

// ShowPanics registers show, a function of the script's file of type
// func(any) any that returns Show of a value of one of the script's types
// it finds in its argument, or the argument, for PanicText. It returns
// true, so that a package-level declaration can call it.
func ShowPanics(show any) bool {
	if f := funcValue(show); f.IsValid() {
		panicShows.Lock()
		panicShows.fns = append(panicShows.fns, f)
		panicShows.Unlock()
	}
	return true
}

// lastRecovered holds the value Recovered last returned, as the two words
// of its interface, and the goroutine it returned it on: a panic of the
// same value on that goroutine raises it again. One slot, not one per
// goroutine, which a server's goroutines would fill: a recover on
// another goroutine in between loses the mark, never adds a wrong one.
var lastRecovered struct {
	sync.Mutex
	g int64
	w [2]uintptr
}

// noteRecovered notes v, what recover returned on the calling goroutine.
func noteRecovered(v any) {
	if v == nil {
		return
	}
	g := goid.Get()
	lastRecovered.Lock()
	lastRecovered.g, lastRecovered.w = g, efaceWords(v)
	lastRecovered.Unlock()
}

func efaceWords(v any) [2]uintptr { return *(*[2]uintptr)(unsafe.Pointer(&v)) }

// PanicText returns the text after "panic: " that a Go build prints for
// v, the value of a panic that no recover stopped, where v holds a type
// of the script: one that a function ShowPanics registered finds, or one
// of lift's pool that pooled names as the script does (lift.Int_1 as
// main.Code). ok is false for another value, which socklab's own
// description prints as Go does, or as it can.
func PanicText(v any, pooled func(string) string) (text string, ok bool) {
	v = unwrapValue(v)
	if v == nil {
		return "", false
	}
	return scriptPanicText(v, pooled)
}

// Repanicked reports whether v, the value of a panic that no recover
// stopped on the calling goroutine, is the one Recovered last returned
// there, which Go reports with " [recovered, repanicked]" after it.
func Repanicked(v any) bool {
	v = unwrapValue(v)
	if v == nil {
		return false
	}
	g := goid.Get()
	if againOn.Load() == g {
		return true // raised again by sync.WaitGroup's Go (see GoPanicAgain)
	}
	lastRecovered.Lock()
	defer lastRecovered.Unlock()
	return lastRecovered.g == g && lastRecovered.w == efaceWords(v)
}

// unwrapValue takes the value out of the reflect.Values that the
// interpreter panics with.
func unwrapValue(v any) any {
	for {
		rv, ok := v.(reflect.Value)
		if !ok {
			return v
		}
		if !rv.IsValid() || !rv.CanInterface() {
			return nil
		}
		v = rv.Interface()
	}
}

// scriptPanicText is PanicText's text of a value of a type of the script.
func scriptPanicText(v any, pooled func(string) string) (string, bool) {
	panicShows.Lock()
	fns := panicShows.fns
	panicShows.Unlock()
	for _, f := range fns {
		if s, ok := callShow(f, v); ok && s.t != nil {
			return shownPanicText(s)
		}
	}
	if pooled == nil {
		return "", false
	}
	rv := reflect.ValueOf(v)
	name := pooled(rv.Type().String())
	if name == "" || name == rv.Type().String() {
		return "", false
	}
	switch v.(type) {
	case error, fmt.Stringer:
		return "", false // the pool's methods call the script's: described as they are
	}
	if s, ok := basicPanicText(rv, name); ok {
		return s, true
	}
	return "", false
}

// callShow calls show, a function ShowPanics registered, with v, and
// returns what it found; ok is false where it found nothing, or panicked
// (the report then describes the value as before).
func callShow(show reflect.Value, v any) (s shown, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = shown{}, false
		}
	}()
	out := show.Call([]reflect.Value{reflect.ValueOf(&v).Elem()})
	s, ok = unwrapValue(out[0]).(shown)
	return s, ok
}

// shownPanicText is the runtime's text of s's value: its Error, its
// String, a named basic type's name and value, or the type's name and the
// value (where Go prints its address, which says nothing to a student).
func shownPanicText(s shown) (text string, ok bool) {
	t := s.t
	for _, m := range []reflect.Value{t.err, t.str} {
		if !m.IsValid() {
			continue
		}
		return callText(m, s.v)
	}
	if t.defined {
		if text, ok := basicPanicText(s.v, t.name); ok {
			return text, true
		}
	}
	return "(" + t.name + ") " + fmt.Sprintf("%+v", s), true
}

// callText calls the script's method m on v; ok is false where it panics
// (Go then reports a panic while printing the value).
func callText(m, v reflect.Value) (text string, ok bool) {
	defer func() {
		if recover() != nil {
			text, ok = "", false
		}
	}()
	if !v.Type().AssignableTo(m.Type().In(0)) {
		if !v.Type().ConvertibleTo(m.Type().In(0)) {
			return "", false
		}
		v = v.Convert(m.Type().In(0))
	}
	return m.Call([]reflect.Value{v})[0].String(), true
}

// basicPanicText is the runtime's print of a value of a named basic type,
// name(value), a complex one name(1+2i), as the runtime spells them.
func basicPanicText(v reflect.Value, name string) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		return name + `("` + strings.ReplaceAll(v.String(), "\n", "\n\t") + `")`, true
	case reflect.Bool:
		return name + "(" + strconv.FormatBool(v.Bool()) + ")", true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return name + "(" + strconv.FormatInt(v.Int(), 10) + ")", true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return name + "(" + strconv.FormatUint(v.Uint(), 10) + ")", true
	case reflect.Float32, reflect.Float64:
		return name + "(" + strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()) + ")", true
	case reflect.Complex64, reflect.Complex128:
		return name + strconv.FormatComplex(v.Complex(), 'g', -1, v.Type().Bits()), true
	}
	return "", false
}
