package gostd

import (
	"io"
	"reflect"
)

// Wrappers of a script's io.Writer that has WriteString (see composed.go):
// io.WriteString and a bufio.Writer with an empty buffer call it where the
// writer has it, so a writer whose WriteString does more than Write (or
// one that embeds a *bytes.Buffer and overrides Write alone) writes as
// under Go. The interpreter picks the first wrapper whose methods the
// value has all of, so writers lists them largest first.

// writerReaderFromStringWriter is an io.Writer that is an io.ReaderFrom
// and an io.StringWriter.
type writerReaderFromStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WReadFrom    func(r io.Reader) (int64, error)
	WWriteString func(s string) (int, error)
}

func (w writerReaderFromStringWriter) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w writerReaderFromStringWriter) ReadFrom(r io.Reader) (int64, error) {
	return w.WReadFrom(r)
}
func (w writerReaderFromStringWriter) WriteString(s string) (int, error) {
	return w.WWriteString(s)
}

// writerStringWriter is an io.Writer that is an io.StringWriter.
type writerStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WWriteString func(s string) (int, error)
}

func (w writerStringWriter) Write(p []byte) (int, error)       { return w.WWrite(p) }
func (w writerStringWriter) WriteString(s string) (int, error) { return w.WWriteString(s) }

// writers are the wrappers of an io.Writer that has more methods, largest
// first, as the interpreter tries them.
var writers = []reflect.Type{
	reflect.TypeFor[writerReaderFromStringWriter](),
	reflect.TypeFor[writerReaderFrom](),
	reflect.TypeFor[writerStringWriter](),
}
