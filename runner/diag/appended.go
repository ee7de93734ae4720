package diag

import (
	"bytes"
	"sync"
)

// lineCounts holds the number of lines of each source file as its author
// wrote it, by the name positions show, once appended has read it.
var lineCounts sync.Map // string -> int

// appended reports whether pos ("file.go:LINE:COL", as shown) lies past
// the last line of the file as its author wrote it: in a function that
// the rewrite appended after that line (runner/rewrite keeps every line
// of the author's where it was). It reads the file once, through the
// source SetSource set; without one, nothing is appended.
func appended(pos string) bool {
	file, line, ok := splitPos(pos)
	if !ok || source == nil {
		return false
	}
	n, ok := lineCounts.Load(file)
	if !ok {
		src := source(file)
		if src == nil {
			return false
		}
		n, _ = lineCounts.LoadOrStore(file, bytes.Count(src, []byte("\n"))+1)
	}
	return line > n.(int)
}
