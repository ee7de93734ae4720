package frame_test

import (
	"bytes"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/stdlib/frame"
)

// loopback returns the two ends of a real TCP connection on 127.0.0.1.
func loopback(t *testing.T) (client, server net.Conn) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			accepted <- nil
			return
		}
		accepted <- c
	}()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	server = <-accepted
	if server == nil {
		t.Fatal("accept failed")
	}
	t.Cleanup(func() { client.Close(); server.Close() })
	deadline := time.Now().Add(10 * time.Second)
	client.SetDeadline(deadline)
	server.SetDeadline(deadline)
	return client, server
}

// sendInPieces writes data to c n bytes at a time, pausing between writes so
// that each piece travels in a segment of its own, then closes c if asked.
func sendInPieces(c net.Conn, data string, n int, closeAfter bool) {
	go func() {
		for i := 0; i < len(data); i += n {
			c.Write([]byte(data[i:min(i+n, len(data))]))
			time.Sleep(time.Millisecond)
		}
		if closeAfter {
			c.Close()
		}
	}()
}

func TestReadLineOverLoopback(t *testing.T) {
	tests := []struct {
		name  string
		sent  string
		piece int
		want  []string // lines expected, in order
		end   error    // what follows the last line
	}{
		{"one line", "Hello from server\n", 100, []string{"Hello from server"}, io.EOF},
		{"line in 1-byte pieces", "Hello from server\n", 1, []string{"Hello from server"}, io.EOF},
		{"two lines in one piece", "GUESS\nLOW\n", 100, []string{"GUESS", "LOW"}, io.EOF},
		{"data after the delimiter kept", "first\nsecond\nthird\n", 7, []string{"first", "second", "third"}, io.EOF},
		{"empty line is a message", "\nafter\n", 1, []string{"", "after"}, io.EOF},
		{"windows line ending", "Hello\r\n", 1, []string{"Hello"}, io.EOF},
		{"end of stream mid-line", "complete\nincompl", 3, []string{"complete"}, io.ErrUnexpectedEOF},
		{"utf-8 split across pieces", "中文\n", 1, []string{"中文"}, io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			client, server := loopback(t)
			sendInPieces(server, tt.sent, tt.piece, true)
			r := frame.NewReader(client)
			for _, want := range tt.want {
				got, err := r.ReadLine()
				if err != nil {
					t.Fatalf("ReadLine: %v, want %q", err, want)
				}
				if got != want {
					t.Fatalf("ReadLine = %q, want %q", got, want)
				}
			}
			_, err := r.ReadLine()
			if !errors.Is(err, tt.end) {
				t.Fatalf("after the lines: err = %v, want %v", err, tt.end)
			}
		})
	}
}

func TestPartialErrorKeepsTheData(t *testing.T) {
	client, server := loopback(t)
	sendInPieces(server, "no newline here", 4, true)
	_, err := frame.NewReader(client).ReadLine()
	var pe *frame.PartialError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a *PartialError", err)
	}
	if string(pe.Data) != "no newline here" {
		t.Errorf("partial data = %q", pe.Data)
	}
	if !strings.Contains(err.Error(), "closed in the middle of a message") {
		t.Errorf("message %q does not say what happened", err)
	}
}

func TestOversizeLine(t *testing.T) {
	client, server := loopback(t)
	go func() {
		server.Write(bytes.Repeat([]byte("x"), 5000))
		server.Write([]byte("\nshort\n"))
	}()
	r := frame.NewReader(client)
	r.SetMaxSize(1000)
	_, err := r.ReadLine()
	var tl *frame.TooLongError
	if !errors.As(err, &tl) {
		t.Fatalf("err = %v, want *TooLongError", err)
	}
	if tl.Limit != 1000 {
		t.Errorf("Limit = %d, want 1000", tl.Limit)
	}
	if !strings.Contains(err.Error(), "more than 1000 bytes") {
		t.Errorf("message %q does not name the limit", err)
	}
}

func TestDefaultLimitStopsAHugeLine(t *testing.T) {
	client, server := loopback(t)
	go func() {
		chunk := bytes.Repeat([]byte("y"), 64*1024)
		for i := 0; i < 40; i++ { // 2.5 MiB, no newline
			if _, err := server.Write(chunk); err != nil {
				return
			}
		}
	}()
	r := frame.NewReader(client)
	_, err := r.ReadLine()
	var tl *frame.TooLongError
	if !errors.As(err, &tl) || tl.Limit != frame.DefaultMaxSize {
		t.Fatalf("err = %v, want *TooLongError at the default %d", err, frame.DefaultMaxSize)
	}
}

func TestLineExactlyAtTheLimit(t *testing.T) {
	r := frame.NewReader(strings.NewReader(strings.Repeat("z", 10) + "\n"))
	r.SetMaxSize(10)
	if got, err := r.ReadLine(); err != nil || len(got) != 10 {
		t.Fatalf("ReadLine = %q, %v; want the 10-byte line", got, err)
	}
}

func TestReadUntilMultiByteDelimiterSplit(t *testing.T) {
	// The upload lesson: name NUL contents NUL NUL, sent one byte at a time so
	// the two-byte end marker arrives split.
	client, server := loopback(t)
	sendInPieces(server, "notes.txt\x00line one\nline two\x00\x00", 1, true)
	r := frame.NewReader(client)
	name, err := r.ReadNUL()
	if err != nil || string(name) != "notes.txt" {
		t.Fatalf("name = %q, %v", name, err)
	}
	body, err := r.ReadUntil([]byte("\x00\x00"))
	if err != nil || string(body) != "line one\nline two" {
		t.Fatalf("contents = %q, %v", body, err)
	}
	if _, err := r.ReadNUL(); !errors.Is(err, io.EOF) {
		t.Fatalf("after the file: %v, want io.EOF", err)
	}
}

func TestPrefixedRoundTrip(t *testing.T) {
	client, server := loopback(t)
	msgs := [][]byte{[]byte("hello"), {}, []byte("with\nnewline\x00and NUL"), bytes.Repeat([]byte("q"), 70000)}
	go func() {
		var buf bytes.Buffer
		for _, m := range msgs {
			frame.WritePrefixed(&buf, m)
		}
		sendInPieces(server, buf.String(), 997, true)
	}()
	r := frame.NewReader(client)
	for i, want := range msgs {
		got, err := r.ReadPrefixed()
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("message %d = %d bytes, %v; want %d bytes", i, len(got), err, len(want))
		}
	}
	if _, err := r.ReadPrefixed(); !errors.Is(err, io.EOF) {
		t.Fatalf("after the messages: %v, want io.EOF", err)
	}
}

func TestPrefixedLengthOverLimit(t *testing.T) {
	var buf bytes.Buffer
	frame.WritePrefixed(&buf, bytes.Repeat([]byte("a"), 200))
	r := frame.NewReader(&buf)
	r.SetMaxSize(100)
	_, err := r.ReadPrefixed()
	var tl *frame.TooLongError
	if !errors.As(err, &tl) || tl.Size != 200 {
		t.Fatalf("err = %v, want *TooLongError announcing 200 bytes", err)
	}
}

func TestRawReadDrainsTheBufferFirst(t *testing.T) {
	r := frame.NewReader(strings.NewReader("line\nrest of it"))
	if _, err := r.ReadLine(); err != nil {
		t.Fatal(err)
	}
	rest, err := io.ReadAll(r)
	if err != nil || string(rest) != "rest of it" {
		t.Fatalf("raw read after a line = %q, %v", rest, err)
	}
}

func TestWritersRefuseTheirOwnDelimiter(t *testing.T) {
	var buf bytes.Buffer
	if err := frame.WriteLine(&buf, "two\nlines"); err == nil {
		t.Error("WriteLine accepted a newline inside the line")
	}
	if err := frame.WriteUntil(&buf, []byte("a\x00b"), []byte{0}); err == nil {
		t.Error("WriteUntil accepted its delimiter inside the message")
	}
	if buf.Len() != 0 {
		t.Errorf("a refused write still wrote %q", buf.Bytes())
	}
}
