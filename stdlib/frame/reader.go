// Package frame splits a byte stream into messages.
//
// TCP delivers a stream of bytes, not messages: one send may arrive as many
// pieces and two sends may arrive as one. A Reader keeps whatever arrived after
// a delimiter for the next call, so no byte is lost between messages, and it
// tells a clean end of stream (io.EOF) apart from an empty message and from a
// stream that stops in the middle of one (*PartialError).
package frame

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// DefaultMaxSize is the largest frame a Reader accepts unless told otherwise.
const DefaultMaxSize = 1 << 20

// readChunk is how much a Reader asks the underlying stream for at a time.
const readChunk = 4096

// Reader reads framed messages from a stream, buffering what arrives after
// each frame for the next call.
type Reader struct {
	src     io.Reader
	buf     []byte // bytes received and not yet returned
	maxSize int
	err     error // sticky error from src, reported once buf is drained
}

// NewReader returns a Reader that reads frames from r with DefaultMaxSize.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: r, maxSize: DefaultMaxSize}
}

// SetMaxSize sets the largest frame, in bytes without its delimiter, that the
// Reader accepts. A peer that sends more gets a *TooLongError instead of
// filling memory. n <= 0 restores DefaultMaxSize.
func (r *Reader) SetMaxSize(n int) {
	if n <= 0 {
		n = DefaultMaxSize
	}
	r.maxSize = n
}

// MaxSize reports the largest frame the Reader accepts.
func (r *Reader) MaxSize() int { return r.maxSize }

// Buffered reports how many received bytes wait for the next read.
func (r *Reader) Buffered() int { return len(r.buf) }

// ReadLine returns the next line without its "\n" (and without a "\r" before
// it, so lines from Windows peers read the same).
func (r *Reader) ReadLine() (string, error) {
	b, err := r.ReadUntil([]byte{'\n'})
	if err != nil {
		return "", err
	}
	return string(bytes.TrimSuffix(b, []byte{'\r'})), nil
}

// ReadNUL returns the next message terminated by a NUL byte, without the NUL.
func (r *Reader) ReadNUL() ([]byte, error) {
	return r.ReadUntil([]byte{0})
}

// ReadUntil returns the bytes before the next occurrence of delim and drops
// the delimiter. A delimiter may be several bytes long ("\x00\x00" ends the
// upload lesson's file) and may arrive split across pieces.
func (r *Reader) ReadUntil(delim []byte) ([]byte, error) {
	if len(delim) == 0 {
		return nil, errors.New("frame: empty delimiter")
	}
	scanned := 0 // bytes of buf already searched without finding delim
	for {
		if i := bytes.Index(r.buf[scanned:], delim); i >= 0 {
			end := scanned + i
			if end > r.maxSize {
				return nil, r.tooLong(delim)
			}
			msg := bytes.Clone(r.buf[:end])
			r.consume(end + len(delim))
			return msg, nil
		}
		if len(r.buf) > r.maxSize+len(delim)-1 {
			return nil, r.tooLong(delim)
		}
		if n := len(r.buf) - len(delim) + 1; n > scanned {
			scanned = n
		}
		if err := r.fill(); err != nil {
			return nil, r.endOfStream(err, delim)
		}
	}
}

// ReadPrefixed returns the next message sent with WritePrefixed: a 4-byte
// big-endian length followed by that many bytes.
func (r *Reader) ReadPrefixed() ([]byte, error) {
	if err := r.need(4); err != nil {
		return nil, r.endOfStream(err, nil)
	}
	n := binary.BigEndian.Uint32(r.buf[:4])
	if uint64(n) > uint64(r.maxSize) {
		return nil, &TooLongError{Limit: r.maxSize, Size: int64(n)}
	}
	if err := r.need(4 + int(n)); err != nil {
		return nil, r.endOfStream(err, nil)
	}
	msg := bytes.Clone(r.buf[4 : 4+n])
	r.consume(4 + int(n))
	return msg, nil
}

// Read reads raw bytes, first from what earlier frame reads left buffered,
// then from the stream. It returns io.EOF at the end of the stream.
func (r *Reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(r.buf) == 0 {
		if err := r.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.buf)
	r.consume(n)
	return n, nil
}

// need reads until at least n bytes are buffered.
func (r *Reader) need(n int) error {
	for len(r.buf) < n {
		if err := r.fill(); err != nil {
			return err
		}
	}
	return nil
}

// fill reads one more piece from the stream into buf. It returns the stream's
// error (io.EOF included) only when no byte arrived.
func (r *Reader) fill() error {
	if r.err != nil {
		return r.err
	}
	if cap(r.buf)-len(r.buf) < readChunk {
		grown := make([]byte, len(r.buf), 2*cap(r.buf)+readChunk)
		copy(grown, r.buf)
		r.buf = grown
	}
	n, err := r.src.Read(r.buf[len(r.buf):cap(r.buf)])
	r.buf = r.buf[:len(r.buf)+n]
	if err != nil {
		r.err = err
		if n > 0 {
			return nil
		}
		return err
	}
	return nil
}

// consume drops the first n buffered bytes, keeping the rest for later calls.
func (r *Reader) consume(n int) {
	rest := copy(r.buf, r.buf[n:])
	r.buf = r.buf[:rest]
}

// endOfStream turns a stream error into what the caller should see: io.EOF
// when the stream ended between frames, a *PartialError when it ended inside
// one, and any other error as it is.
func (r *Reader) endOfStream(err error, delim []byte) error {
	if !errors.Is(err, io.EOF) {
		return err
	}
	if len(r.buf) == 0 {
		return io.EOF
	}
	partial := &PartialError{Data: bytes.Clone(r.buf), Delim: delim}
	r.buf = r.buf[:0]
	return partial
}

func (r *Reader) tooLong(delim []byte) error {
	size := int64(len(r.buf))
	r.buf = r.buf[:0]
	return &TooLongError{Limit: r.maxSize, Size: size, Delim: delim}
}

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
