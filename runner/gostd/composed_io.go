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
// value has all of, by name, so writers lists them largest first; it
// fills WWriteString with the script's method whatever its form, which
// writeString calls only where it is io's, as Go calls no other.

// writeString writes s through ws, the script's WriteString, where it has
// io's form, and through write otherwise, as io.WriteString does for a
// writer without io's WriteString.
func writeString(ws any, write func([]byte) (int, error), s string) (int, error) {
	if f, ok := ws.(func(string) (int, error)); ok {
		return f(s)
	}
	return write([]byte(s))
}

// writerReaderFromStringWriter is an io.Writer that is an io.ReaderFrom
// and an io.StringWriter.
type writerReaderFromStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WReadFrom    func(r io.Reader) (int64, error)
	WWriteString any // the script's WriteString, of any form
}

func (w writerReaderFromStringWriter) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w writerReaderFromStringWriter) ReadFrom(r io.Reader) (int64, error) {
	return w.WReadFrom(r)
}
func (w writerReaderFromStringWriter) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}

// writerStringWriter is an io.Writer that is an io.StringWriter.
type writerStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WWriteString any // the script's WriteString, of any form
}

func (w writerStringWriter) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w writerStringWriter) WriteString(s string) (int, error) {
	return writeString(w.WWriteString, w.WWrite, s)
}

// writers are the wrappers of an io.Writer that has more methods, largest
// first, as the interpreter tries them.
var writers = []reflect.Type{
	reflect.TypeFor[writerReaderFromStringWriter](),
	reflect.TypeFor[writerReaderFrom](),
	reflect.TypeFor[writerStringWriter](),
}

// Wrappers of a script's io.Reader that has more of the methods Go's
// library looks for on a reader: fmt's Fscan functions unread the rune
// after a token through an io.RuneScanner, encoding/gob, encoding/xml and
// compress/flate read through an io.ByteReader without a buffer of their
// own (which reads ahead), io.Copy calls WriteTo.

// readerWriteToByteReaderRuneScanner is an io.Reader that is
// an io.WriterTo, an io.ByteReader and an io.RuneScanner.
type readerWriteToByteReaderRuneScanner struct {
	IValue      any
	WRead       func(p []byte) (int, error)
	WWriteTo    func(w io.Writer) (int64, error)
	WReadByte   func() (byte, error)
	WReadRune   func() (rune, int, error)
	WUnreadRune func() error
}

func (r readerWriteToByteReaderRuneScanner) Read(p []byte) (int, error)         { return r.WRead(p) }
func (r readerWriteToByteReaderRuneScanner) WriteTo(w io.Writer) (int64, error) { return r.WWriteTo(w) }
func (r readerWriteToByteReaderRuneScanner) ReadByte() (byte, error)            { return r.WReadByte() }
func (r readerWriteToByteReaderRuneScanner) ReadRune() (rune, int, error)       { return r.WReadRune() }
func (r readerWriteToByteReaderRuneScanner) UnreadRune() error                  { return r.WUnreadRune() }

// readerWriteToRuneScanner is an io.Reader that is
// an io.WriterTo and an io.RuneScanner.
type readerWriteToRuneScanner struct {
	IValue      any
	WRead       func(p []byte) (int, error)
	WWriteTo    func(w io.Writer) (int64, error)
	WReadRune   func() (rune, int, error)
	WUnreadRune func() error
}

func (r readerWriteToRuneScanner) Read(p []byte) (int, error)         { return r.WRead(p) }
func (r readerWriteToRuneScanner) WriteTo(w io.Writer) (int64, error) { return r.WWriteTo(w) }
func (r readerWriteToRuneScanner) ReadRune() (rune, int, error)       { return r.WReadRune() }
func (r readerWriteToRuneScanner) UnreadRune() error                  { return r.WUnreadRune() }

// readerByteReaderRuneScanner is an io.Reader that is
// an io.ByteReader and an io.RuneScanner.
type readerByteReaderRuneScanner struct {
	IValue      any
	WRead       func(p []byte) (int, error)
	WReadByte   func() (byte, error)
	WReadRune   func() (rune, int, error)
	WUnreadRune func() error
}

func (r readerByteReaderRuneScanner) Read(p []byte) (int, error)   { return r.WRead(p) }
func (r readerByteReaderRuneScanner) ReadByte() (byte, error)      { return r.WReadByte() }
func (r readerByteReaderRuneScanner) ReadRune() (rune, int, error) { return r.WReadRune() }
func (r readerByteReaderRuneScanner) UnreadRune() error            { return r.WUnreadRune() }

// readerWriteToByteReader is an io.Reader that is
// an io.WriterTo and an io.ByteReader.
type readerWriteToByteReader struct {
	IValue    any
	WRead     func(p []byte) (int, error)
	WWriteTo  func(w io.Writer) (int64, error)
	WReadByte func() (byte, error)
}

func (r readerWriteToByteReader) Read(p []byte) (int, error)         { return r.WRead(p) }
func (r readerWriteToByteReader) WriteTo(w io.Writer) (int64, error) { return r.WWriteTo(w) }
func (r readerWriteToByteReader) ReadByte() (byte, error)            { return r.WReadByte() }

// readerRuneScanner is an io.Reader that is
// an io.RuneScanner.
type readerRuneScanner struct {
	IValue      any
	WRead       func(p []byte) (int, error)
	WReadRune   func() (rune, int, error)
	WUnreadRune func() error
}

func (r readerRuneScanner) Read(p []byte) (int, error)   { return r.WRead(p) }
func (r readerRuneScanner) ReadRune() (rune, int, error) { return r.WReadRune() }
func (r readerRuneScanner) UnreadRune() error            { return r.WUnreadRune() }

// readerByteReader is an io.Reader that is
// an io.ByteReader.
type readerByteReader struct {
	IValue    any
	WRead     func(p []byte) (int, error)
	WReadByte func() (byte, error)
}

func (r readerByteReader) Read(p []byte) (int, error) { return r.WRead(p) }
func (r readerByteReader) ReadByte() (byte, error)    { return r.WReadByte() }

// readers are the wrappers of an io.Reader that has more methods, largest
// first, as the interpreter tries them.
var readers = []reflect.Type{
	reflect.TypeFor[readerWriteToByteReaderRuneScanner](),
	reflect.TypeFor[readerWriteToRuneScanner](),
	reflect.TypeFor[readerByteReaderRuneScanner](),
	reflect.TypeFor[readerWriteToByteReader](),
	reflect.TypeFor[readerRuneScanner](),
	reflect.TypeFor[readerWriterTo](),
	reflect.TypeFor[readerByteReader](),
}
