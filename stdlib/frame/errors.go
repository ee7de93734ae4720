package frame

import (
	"fmt"
	"io"
)

// PartialError reports a stream that ended in the middle of a frame: the
// peer closed the connection before sending the delimiter (or all the bytes
// its length prefix promised).
type PartialError struct {
	Data  []byte // the bytes of the unfinished frame
	Delim []byte // the delimiter that never came; nil for length-prefixed frames
}

func (e *PartialError) Error() string {
	if e.Delim == nil {
		return fmt.Sprintf("the connection closed in the middle of a message (%d bytes of it arrived)", len(e.Data))
	}
	return fmt.Sprintf("the connection closed in the middle of a message: received %s without %s at its end",
		quoteShort(e.Data), describeDelim(e.Delim))
}

// Unwrap lets errors.Is(err, io.ErrUnexpectedEOF) match.
func (e *PartialError) Unwrap() error { return io.ErrUnexpectedEOF }

// TooLongError reports a frame larger than the Reader's maximum size. The
// Reader drops what it had buffered, since it cannot tell where the frame ends.
type TooLongError struct {
	Limit int   // the maximum frame size in bytes
	Size  int64 // bytes seen (or announced by a length prefix) when it gave up
	Delim []byte
}

func (e *TooLongError) Error() string {
	if e.Delim == nil {
		return fmt.Sprintf("message too long: its length prefix says %d bytes, the limit is %d (raise it with SetMaxSize)", e.Size, e.Limit)
	}
	return fmt.Sprintf("message too long: more than %d bytes arrived without %s (raise the limit with SetMaxSize)", e.Limit, describeDelim(e.Delim))
}

func describeDelim(d []byte) string {
	switch string(d) {
	case "\n":
		return `a newline (\n)`
	case "\x00":
		return `a NUL byte (\x00)`
	case "\x00\x00":
		return `two NUL bytes (\x00\x00)`
	}
	return fmt.Sprintf("the delimiter %q", d)
}

func quoteShort(b []byte) string {
	const max = 40
	if len(b) > max {
		return fmt.Sprintf("%q... (%d bytes)", b[:max], len(b))
	}
	return fmt.Sprintf("%q", b)
}

// HelperFailure marks the error as the peer's doing, not a bug of the script.
func (e *PartialError) HelperFailure() {}

// HelperFailure marks the error as the peer's doing, not a bug of the script.
func (e *TooLongError) HelperFailure() {}
