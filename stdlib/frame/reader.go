// Package frame splits a byte stream into messages.
//
// TCP delivers a stream of bytes, not messages: one send may arrive as many
// pieces and two sends may arrive as one. A Reader keeps whatever arrived after
// a delimiter for the next call, so no byte is lost between messages, and it
// tells a clean end of stream (io.EOF) apart from an empty message and from a
// stream that stops in the middle of one (*PartialError).
//
// A Reader asks the stream for as much as its buffer holds, so one read
// brings whatever the kernel has, and it walks through the buffer without
// moving bytes for each message: only the unfinished end of a message moves,
// once, when the buffer runs out of room.
package frame

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
)

// DefaultMaxSize is the largest frame a Reader accepts unless told otherwise.
const DefaultMaxSize = 1 << 20

const (
	// startSize is a new Reader's buffer: small, since a server may hold a
	// thousand idle connections.
	startSize = 1 << 10
	// readAhead is as large as the buffer grows to read ahead of the
	// messages asked for, when the stream brings more than fits. Only a
	// single frame larger than this grows it further, and that memory is
	// counted against the Reader's Budget.
	readAhead = 64 << 10
)

// Reader reads framed messages from a stream, buffering what arrives after
// each frame for the next call.
type Reader struct {
	src     io.Reader
	buf     []byte // buf[r:w] is received and not yet returned
	r, w    int
	size    int  // the buffer size to read ahead with, up to readAhead
	full    bool // the last read filled all the room it was given
	maxSize int
	err     error // sticky error from src, reported once buf is drained
	budget  *Budget
	hold    *holding // what this Reader took from budget, once it took some
}

// NewReader returns a Reader that reads frames from r with DefaultMaxSize.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: r, size: startSize, maxSize: DefaultMaxSize}
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
func (r *Reader) Buffered() int { return r.w - r.r }

var (
	newline = []byte{'\n'}
	nul     = []byte{0}
)

// ReadLine returns the next line without its "\n" (and without a "\r" before
// it, so lines from Windows peers read the same).
func (r *Reader) ReadLine() (string, error) {
	b, err := r.until(newline)
	if err != nil {
		return "", err
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return string(b), nil
}

// ReadNUL returns the next message terminated by a NUL byte, without the NUL.
func (r *Reader) ReadNUL() ([]byte, error) {
	return r.ReadUntil(nul)
}

// ReadUntil returns the bytes before the next occurrence of delim and drops
// the delimiter. A delimiter may be several bytes long ("\x00\x00" ends the
// upload lesson's file) and may arrive split across pieces.
func (r *Reader) ReadUntil(delim []byte) ([]byte, error) {
	b, err := r.until(delim)
	if err != nil {
		return nil, err
	}
	return bytes.Clone(b), nil
}

// ReadStringUntil is ReadUntil returning a string, with no copy of the
// message besides the string itself.
func (r *Reader) ReadStringUntil(delim []byte) (string, error) {
	b, err := r.until(delim)
	return string(b), err
}

// until returns the next frame ending in delim as a slice of the buffer,
// valid until the next read.
func (r *Reader) until(delim []byte) ([]byte, error) {
	if len(delim) == 0 {
		return nil, errors.New("frame: empty delimiter")
	}
	scanned := 0 // bytes of buf[r.r:] already searched without finding delim
	for {
		buf := r.buf[r.r:r.w]
		if i := bytes.Index(buf[scanned:], delim); i >= 0 {
			end := scanned + i
			if end > r.maxSize {
				return nil, r.tooLong(delim)
			}
			r.r += end + len(delim)
			return buf[:end:end], nil
		}
		if len(buf) > r.maxSize+len(delim)-1 {
			return nil, r.tooLong(delim)
		}
		scanned = max(scanned, len(buf)-len(delim)+1)
		if err := r.fill(r.maxSize + len(delim)); err != nil {
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
	n := binary.BigEndian.Uint32(r.buf[r.r:])
	if uint64(n) > uint64(r.maxSize) {
		return nil, &TooLongError{Limit: r.maxSize, Size: int64(n)}
	}
	if err := r.need(4 + int(n)); err != nil {
		return nil, r.endOfStream(err, nil)
	}
	msg := bytes.Clone(r.buf[r.r+4 : r.r+4+int(n)])
	r.r += 4 + int(n)
	return msg, nil
}

// Next returns up to n bytes: those buffered, or else what one read from the
// stream brings (as much as the kernel has, up to n). The slice is the
// Reader's own and valid only until its next call; Next is the copy-free
// way to read raw bytes. It returns io.EOF at the end of the stream.
func (r *Reader) Next(n int) ([]byte, error) {
	if n <= 0 {
		return nil, nil
	}
	if r.r == r.w {
		r.size = max(r.size, min(n, readAhead))
		if err := r.fill(0); err != nil {
			return nil, err
		}
	}
	k := min(n, r.w-r.r)
	b := r.buf[r.r : r.r+k : r.r+k]
	r.r += k
	return b, nil
}

// Read reads raw bytes, first from what earlier frame reads left buffered,
// then from the stream. It returns io.EOF at the end of the stream.
func (r *Reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if r.r == r.w {
		if r.err != nil {
			return 0, r.err
		}
		if len(p) >= r.size {
			// Large read, empty buffer: read straight into p.
			n, err := r.src.Read(p)
			if n < 0 || n > len(p) {
				return 0, errors.New("frame: the stream returned an invalid count from Read")
			}
			if err != nil {
				r.err = err
				if n > 0 {
					err = nil
				}
			}
			return n, err
		}
	}
	b, err := r.Next(len(p))
	return copy(p, b), err
}

// need reads until at least n bytes are buffered.
func (r *Reader) need(n int) error {
	for r.w-r.r < n {
		if err := r.fill(n); err != nil {
			return err
		}
	}
	return nil
}

// fill reads once from the stream into the room after the buffered bytes,
// making room first. limit is how many bytes the unfinished frame may come
// to, beyond which the buffer must not grow (0: no frame, read ahead only).
// It returns the stream's error (io.EOF included) only when no byte arrived.
func (r *Reader) fill(limit int) error {
	if r.err != nil {
		return r.err
	}
	if err := r.makeRoom(limit); err != nil {
		return err
	}
	room := r.buf[r.w:]
	n, err := r.src.Read(room)
	if n < 0 || n > len(room) {
		n, err = 0, errors.New("frame: the stream returned an invalid count from Read")
	}
	r.w += n
	r.full = n == len(room)
	if err != nil {
		r.err = err
		if n > 0 {
			return nil
		}
		if r.r == r.w {
			r.Release() // nothing more will come: free the buffer now
		}
		return err
	}
	return nil
}

// makeRoom makes sure the buffer has room after its bytes. The buffered
// bytes move to the front only when the room left is small, so a run of
// messages in one read costs no move at all.
func (r *Reader) makeRoom(limit int) error {
	held := r.w - r.r
	if held == 0 {
		r.r, r.w = 0, 0
	}
	if r.full && r.size < readAhead && held < r.size/2 {
		r.size *= 2 // the stream had more than fitted: read more at a time
	}
	size := r.size
	if held >= size/2 {
		// An unfinished frame fills half the buffer: let it grow.
		size = max(size, min(2*held, max(limit, held+1)))
	}
	switch {
	case size > len(r.buf) || (held == 0 && len(r.buf) > readAhead):
		if err := r.reserve(size); err != nil {
			return err
		}
		grown := make([]byte, size)
		r.w = copy(grown, r.buf[r.r:r.w])
		r.r = 0
		r.buf = grown
		r.size = min(size, readAhead)
	case len(r.buf)-r.w < len(r.buf)/4 && r.r > 0:
		r.w = copy(r.buf, r.buf[r.r:r.w])
		r.r = 0
	}
	return nil
}

// Release drops whatever is buffered and its buffer, and gives back to the
// Budget the memory a long frame took from it. The Reader stays usable.
func (r *Reader) Release() {
	r.buf, r.r, r.w = nil, 0, 0
	r.reserve(0)
}

// endOfStream turns a stream error into what the caller should see: io.EOF
// when the stream ended between frames, a *PartialError when it ended inside
// one, and any other error as it is.
func (r *Reader) endOfStream(err error, delim []byte) error {
	if !errors.Is(err, io.EOF) {
		return err
	}
	if r.r == r.w {
		return io.EOF
	}
	partial := &PartialError{Data: bytes.Clone(r.buf[r.r:r.w]), Delim: delim}
	r.r, r.w = 0, 0
	return partial
}

func (r *Reader) tooLong(delim []byte) error {
	size := int64(r.w - r.r)
	r.r, r.w = 0, 0
	return &TooLongError{Limit: r.maxSize, Size: size, Delim: delim}
}
