package wire

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// FileExt ends the name of each process's event file.
const FileExt = ".wire"

// A Writer appends events to one process's event file. Each event goes to
// the file in a single write, so that a process killed at any moment leaves
// whole lines behind (but perhaps the last one). It is safe for concurrent
// use.
type Writer struct {
	mu  sync.Mutex
	f   *os.File
	buf []byte
	err error
}

// Create creates the event file of process pid in dir.
func Create(dir string, pid int) (*Writer, error) {
	f, err := os.OpenFile(filepath.Join(dir, strconv.Itoa(pid)+FileExt), os.O_WRONLY|os.O_CREATE|os.O_APPEND|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("creating the trace file: %w", err)
	}
	return &Writer{f: f}, nil
}

// Write appends e. After the first failure it drops events silently: a
// trace is an aid, and its failure must not end the script.
func (w *Writer) Write(e Event) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return
	}
	if w.buf, w.err = appendEvent(w.buf[:0], &e); w.err != nil {
		return
	}
	_, w.err = w.f.Write(append(w.buf, '\n'))
}

// appendEvent appends e as JSON. The events of every send and receive
// are written by hand, with no reflection, as encoding/json reads them
// (Data in base64); the rare others go through encoding/json.
func appendEvent(buf []byte, e *Event) ([]byte, error) {
	if e.Kind == Hello || e.Kind == Open || e.Kind == Unseen || e.Err != "" {
		return appendJSON(buf, *e)
	}
	buf = append(buf, `{"t":`...)
	buf = strconv.AppendInt(buf, e.Time, 10)
	buf = append(buf, `,"k":"`...)
	buf = append(buf, e.Kind...)
	buf = append(buf, `","c":`...)
	buf = strconv.AppendInt(buf, int64(e.Conn), 10)
	if len(e.Data) > 0 {
		buf = append(buf, `,"d":"`...)
		buf = base64.StdEncoding.AppendEncode(buf, e.Data)
		buf = append(buf, '"')
	}
	return append(buf, '}'), nil
}

// Close closes the file.
func (w *Writer) Close() error { return w.f.Close() }

// Decoder reads events from an event file, possibly while its process
// still appends to it: a line without its newline yet is left for the next
// call.
type Decoder struct {
	r    io.Reader
	part []byte
}

// NewDecoder returns a Decoder reading r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// More returns the events whose lines are whole so far.
func (d *Decoder) More() ([]Event, error) {
	data, err := io.ReadAll(d.r)
	if err != nil {
		return nil, err
	}
	data = append(d.part, data...)
	var events []Event
	for {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			break
		}
		line := data[:i]
		data = data[i+1:]
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var e Event
		if err := json.Unmarshal(line, &e); err != nil {
			return events, fmt.Errorf("a trace line: %w", err)
		}
		events = append(events, e)
	}
	d.part = append([]byte(nil), data...)
	return events, nil
}

// appendJSON appends e through encoding/json. It takes e by value so
// that only these rare events pay for the copy it lets escape.
func appendJSON(buf []byte, e Event) ([]byte, error) {
	b, err := json.Marshal(&e)
	return append(buf, b...), err
}

// ReadFile reads every whole event of one event file.
func ReadFile(path string) ([]Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return NewDecoder(bufio.NewReader(f)).More()
}
