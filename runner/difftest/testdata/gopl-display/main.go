// difftest: refused reflect of the script's own struct types, whose names and fields the interpreter's reflect gives otherwise
package main

// display of chapter 12 of The Go Programming Language on the book's own
// Movie: reflect walks a struct the script declares, printing each field's
// path, and the type of an interface's dynamic value. Under socklab
// reflect sees the interpreter's types for the script's (no names, an
// unexported field exported), so this is refused before it runs.

import (
	"fmt"
	"reflect"
	"strconv"
)

type Movie struct {
	Title, Subtitle string
	Year            int
	Color           bool
	Actor           map[string]string
	Oscars          []string
	Sequel          *string
}

func formatAtom(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.String:
		return strconv.Quote(v.String())
	default:
		return v.Type().String() + " value"
	}
}

func display(path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			display(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			display(fmt.Sprintf("%s.%s", path, v.Type().Field(i).Name), v.Field(i))
		}
	case reflect.Map:
		for _, key := range v.MapKeys() {
			display(fmt.Sprintf("%s[%s]", path, formatAtom(key)), v.MapIndex(key))
		}
	case reflect.Ptr:
		if v.IsNil() {
			fmt.Printf("%s = nil\n", path)
		} else {
			display(fmt.Sprintf("(*%s)", path), v.Elem())
		}
	default:
		fmt.Printf("%s = %s\n", path, formatAtom(v))
	}
}

// Display prints the value x with its type, as the book's does.
func Display(name string, x interface{}) {
	fmt.Printf("Display %s (%T):\n", name, x)
	display(name, reflect.ValueOf(x))
}

func main() {
	strangelove := Movie{
		Title:    "Dr. Strangelove",
		Subtitle: "How I Learned to Stop Worrying and Love the Bomb",
		Year:     1964,
		Color:    false,
		Actor:    map[string]string{"Dr. Strangelove": "Peter Sellers"},
		Oscars:   []string{"Best Actor (Nomin.)", "Best Picture (Nomin.)"},
	}
	Display("strangelove", strangelove)
	fmt.Println(reflect.TypeOf(strangelove), reflect.TypeOf(&strangelove).Elem().Name())
}
