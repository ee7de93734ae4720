package frame_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/socklab/socklab/stdlib/frame"
)

// chunked hands out its data in pieces whose sizes come from sizes (cycled),
// as a network stream would, and ends with io.EOF.
type chunked struct {
	data  []byte
	sizes []byte
	i     int
}

func (c *chunked) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := 1
	if len(c.sizes) > 0 {
		n = int(c.sizes[c.i%len(c.sizes)])%64 + 1
		if c.sizes[c.i%len(c.sizes)] >= 250 {
			n = 70000 // now and then a big piece
		}
		c.i++
	}
	n = copy(p, c.data[:min(n, len(c.data))])
	c.data = c.data[n:]
	return n, nil
}

// FuzzReader runs a sequence of reads on a stream cut into arbitrary pieces
// and checks each result against the stream itself: every frame is the bytes
// up to its delimiter, raw reads return the bytes that follow, no byte is
// lost or repeated, and the end of the stream is told apart from a frame
// cut short. A frame over the limit ends the sequence (the Reader drops what
// it holds, which depends on how the stream was cut).
func FuzzReader(f *testing.F) {
	f.Add([]byte("hello\nworld\r\n\nrest"), []byte{0, 0, 0, 0, 3}, []byte{1, 7, 250}, uint16(8))
	f.Add([]byte("a\x00b\x00\x00c\n\x00\x00\x00\x05hello"), []byte{1, 2, 0, 4, 5, 3}, []byte{0}, uint16(100))
	f.Add(bytes.Repeat([]byte("xy\n"), 300), []byte{0, 3, 0, 4, 0}, []byte{250, 3}, uint16(0))
	f.Fuzz(checkReader)
}

func checkReader(t *testing.T, stream, ops, sizes []byte, maxSize uint16) {
	{
		r := frame.NewReader(&chunked{data: bytes.Clone(stream), sizes: sizes})
		limit := int(maxSize)
		r.SetMaxSize(limit)
		if limit <= 0 {
			limit = frame.DefaultMaxSize
		}
		pos := 0
		rest := func() []byte { return stream[pos:] }
		for _, op := range ops {
			var delim []byte
			switch op % 6 {
			case 0, 1, 2:
				delim = [][]byte{{'\n'}, {0}, {0, 0}}[op%6]
				var got []byte
				var err error
				if op%6 == 0 {
					var s string
					s, err = r.ReadLine()
					got = []byte(s)
				} else {
					got, err = r.ReadUntil(delim)
				}
				i := bytes.Index(rest(), delim)
				switch {
				case i > limit || (i < 0 && len(rest()) > limit+len(delim)-1):
					var tl *frame.TooLongError
					if !errors.As(err, &tl) {
						t.Fatalf("frame of %d bytes over the limit %d: err = %v", i, limit, err)
					}
					return
				case i >= 0:
					want := rest()[:i]
					if op%6 == 0 {
						want = bytes.TrimSuffix(want, []byte{'\r'})
					}
					if err != nil || !bytes.Equal(got, want) {
						t.Fatalf("frame at %d = %q, %v; want %q", pos, got, err, want)
					}
					pos += i + len(delim)
				case len(rest()) == 0:
					if err != io.EOF {
						t.Fatalf("at the end: err = %v, want io.EOF", err)
					}
				default:
					var pe *frame.PartialError
					if !errors.As(err, &pe) || !bytes.Equal(pe.Data, rest()) {
						t.Fatalf("unfinished frame %q: err = %v", rest(), err)
					}
					pos = len(stream)
				}
			case 3, 4:
				n := int(op)/6 + 1
				var got []byte
				var err error
				if op%6 == 3 {
					p := make([]byte, n)
					var k int
					k, err = r.Read(p)
					got = p[:k]
				} else {
					got, err = r.Next(n)
				}
				if len(rest()) == 0 {
					if err != io.EOF || len(got) != 0 {
						t.Fatalf("raw read at the end = %q, %v; want io.EOF", got, err)
					}
					continue
				}
				if err != nil || len(got) == 0 || len(got) > n || !bytes.HasPrefix(rest(), got) {
					t.Fatalf("raw read of %d at %d = %q, %v; the stream has %q", n, pos, got, err, rest()[:min(n, len(rest()))])
				}
				pos += len(got)
			case 5:
				got, err := r.ReadPrefixed()
				if len(rest()) == 0 {
					if err != io.EOF {
						t.Fatalf("prefixed read at the end: %v", err)
					}
					continue
				}
				if len(rest()) < 4 {
					var pe *frame.PartialError
					if !errors.As(err, &pe) || !bytes.Equal(pe.Data, rest()) {
						t.Fatalf("cut-off prefix: err = %v", err)
					}
					pos = len(stream)
					continue
				}
				n := int(uint32(rest()[0])<<24 | uint32(rest()[1])<<16 | uint32(rest()[2])<<8 | uint32(rest()[3]))
				switch {
				case n > limit:
					var tl *frame.TooLongError
					if !errors.As(err, &tl) || tl.Size != int64(n) {
						t.Fatalf("prefix %d over the limit %d: err = %v", n, limit, err)
					}
					return
				case len(rest()) < 4+n:
					var pe *frame.PartialError
					if !errors.As(err, &pe) || !bytes.Equal(pe.Data, rest()) {
						t.Fatalf("cut-off message: err = %v", err)
					}
					pos = len(stream)
				default:
					if err != nil || !bytes.Equal(got, rest()[4:4+n]) {
						t.Fatalf("prefixed message = %q, %v; want %q", got, err, rest()[4:4+n])
					}
					pos += 4 + n
				}
			}
			if r.Buffered() > len(stream)-pos {
				t.Fatalf("%d bytes buffered, only %d left in the stream", r.Buffered(), len(stream)-pos)
			}
		}
		// Whatever the frames left is still there for a raw read.
		tail, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(tail, rest()) {
			t.Fatalf("after the reads: raw rest = %q, %v; want %q", tail, err, rest())
		}
	}
}
