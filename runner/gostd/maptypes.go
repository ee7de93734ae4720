package gostd

import (
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log"
	"reflect"
)

// MapTypes returns, for each compiled function that treats an argument
// specially when it has certain methods, the interfaces it looks for: fmt
// calls Format and String, the encoders MarshalJSON and MarshalText, and
// so on. The interpreter hands a script's value to such a function wrapped
// with those of its methods, or the function never sees them. For an
// interface wrapper, it lists the wrappers of larger interfaces, largest
// first, that a script's value may fit (see composed.go).
//
// A fmt.Stringer or a net.Addr of a script's type with the method
// socklabSelf gets a wrapper of socklab's own, which the interpreter's
// table lacks (see stringerSelf and addrSelf), and an http.ResponseWriter one with any of Flush, Hijack
// and Unwrap, where the interpreter's table knows Hijack alone (see
// composed_http.go), an io.Writer one with WriteString, which
// io.WriteString calls, and an io.Reader one with ReadByte or ReadRune and
// UnreadRune, which fmt's Fscan functions and encoding/gob look for (see
// composed_io.go); a fmt.Formatter one that is an error too, which
// fmt.Errorf's %w wraps (see composed_fmt.go); and a flag.Value one with
// IsBoolFlag, which flag parses without an argument (see composed_flag.go).
// fmt's Fscan and Sscan functions call a Scan method as its Scan functions
// do, and its Append functions Format and String as its Print functions
// do, which the interpreter's table lists alone.
func MapTypes() map[reflect.Value][]reflect.Type {
	m := libraryMapTypes()
	m[reflect.ValueOf((*_fmt_Formatter)(nil))] = formatterErrors
	m[reflect.ValueOf((*_fmt_Stringer)(nil))] = []reflect.Type{reflect.TypeFor[stringerSelf]()}
	m[reflect.ValueOf((*_net_Addr)(nil))] = []reflect.Type{reflect.TypeFor[addrSelf]()}
	m[reflect.ValueOf((*_net_http_ResponseWriter)(nil))] = responseWriters
	m[reflect.ValueOf((*_io_Writer)(nil))] = writers
	m[reflect.ValueOf((*_io_Reader)(nil))] = readers
	m[reflect.ValueOf((*_flag_Value)(nil))] = flagValues
	scanning := []reflect.Type{reflect.TypeFor[fmt.Scanner]()}
	for _, fn := range []any{fmt.Fscan, fmt.Fscanf, fmt.Fscanln, fmt.Sscan, fmt.Sscanf, fmt.Sscanln} {
		m[reflect.ValueOf(fn)] = scanning
	}
	printing := []reflect.Type{reflect.TypeFor[fmt.Formatter](), reflect.TypeFor[fmt.Stringer]()}
	for _, fn := range []any{fmt.Append, fmt.Appendf, fmt.Appendln} {
		m[reflect.ValueOf(fn)] = printing
	}
	return m
}

// libraryMapTypes is MapTypes as the interpreter's own table has it.
func libraryMapTypes() map[reflect.Value][]reflect.Type {
	printing := []reflect.Type{reflect.TypeFor[fmt.Formatter](), reflect.TypeFor[fmt.Stringer]()}
	scanning := []reflect.Type{reflect.TypeFor[fmt.Scanner]()}
	m := map[reflect.Value][]reflect.Type{}
	for _, fn := range []any{
		fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println, fmt.Sprint, fmt.Sprintf, fmt.Sprintln,
		log.Fatal, log.Fatalf, log.Fatalln, log.Panic, log.Panicf, log.Panicln,
	} {
		m[reflect.ValueOf(fn)] = printing
	}
	for _, fn := range []any{fmt.Scan, fmt.Scanf, fmt.Scanln} {
		m[reflect.ValueOf(fn)] = scanning
	}
	m[reflect.ValueOf(json.Marshal)] = []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	m[reflect.ValueOf(json.Unmarshal)] = []reflect.Type{reflect.TypeFor[json.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}
	m[reflect.ValueOf(xml.Marshal)] = []reflect.Type{reflect.TypeFor[xml.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	m[reflect.ValueOf(xml.Unmarshal)] = []reflect.Type{reflect.TypeFor[xml.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}
	m[reflect.ValueOf((*_net_http_ResponseWriter)(nil))] = []reflect.Type{reflect.TypeFor[responseWriterHijacker]()}
	m[reflect.ValueOf((*_io_Reader)(nil))] = []reflect.Type{reflect.TypeFor[readerWriterTo]()}
	m[reflect.ValueOf((*_io_Writer)(nil))] = []reflect.Type{reflect.TypeFor[writerReaderFrom]()}
	return m
}

// responseWriters are the wrappers of an http.ResponseWriter that has
// more methods, largest first, as the interpreter tries them.
var responseWriters = []reflect.Type{
	reflect.TypeFor[responseWriterFlusherHijackerUnwrapper](),
	reflect.TypeFor[responseWriterFlusherHijacker](),
	reflect.TypeFor[responseWriterFlusherUnwrapper](),
	reflect.TypeFor[responseWriterHijackerUnwrapper](),
	reflect.TypeFor[responseWriterFlusher](),
	reflect.TypeFor[responseWriterHijacker](),
	reflect.TypeFor[responseWriterUnwrapper](),
}
