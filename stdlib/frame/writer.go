package frame

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// WriteLine writes s followed by "\n" in one write. It refuses a line that
// already holds a newline, since the reader would see two messages.
func WriteLine(w io.Writer, s string) error {
	if i := bytes.IndexByte([]byte(s), '\n'); i >= 0 {
		return fmt.Errorf("frame: line %q holds a newline at byte %d; the reader would see two messages", s, i)
	}
	return writeAll(w, append([]byte(s), '\n'))
}

// WriteUntil writes msg followed by delim in one write. It refuses a message
// that holds the delimiter, since the reader would cut it there.
func WriteUntil(w io.Writer, msg, delim []byte) error {
	if len(delim) == 0 {
		return fmt.Errorf("frame: empty delimiter")
	}
	if i := bytes.Index(msg, delim); i >= 0 {
		return fmt.Errorf("frame: message holds its own delimiter %q at byte %d; the reader would cut it there", delim, i)
	}
	b := make([]byte, 0, len(msg)+len(delim))
	return writeAll(w, append(append(b, msg...), delim...))
}

// WritePrefixed writes msg after its length as a 4-byte big-endian number,
// which ReadPrefixed reads back. Any bytes, delimiters included, may be sent.
func WritePrefixed(w io.Writer, msg []byte) error {
	if uint64(len(msg)) > math.MaxUint32 {
		return fmt.Errorf("frame: message of %d bytes is too long for a 4-byte length prefix", len(msg))
	}
	b := make([]byte, 4, 4+len(msg))
	binary.BigEndian.PutUint32(b, uint32(len(msg)))
	return writeAll(w, append(b, msg...))
}

func writeAll(w io.Writer, b []byte) error {
	for len(b) > 0 {
		n, err := w.Write(b)
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}
